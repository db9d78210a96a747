defmodule Privdata do
  @moduledoc "Reads the files the application ships in its priv/ directory."

  def template(name) do
    :privdata
    |> :code.priv_dir()
    |> Path.join("templates/#{name}.txt")
    |> File.read!()
  end

  # the application's directories, relative to the project (they are absolute)
  def dirs do
    for {label, dir} <- [lib: :code.lib_dir(:privdata), priv: :code.priv_dir(:privdata), ebin: :code.lib_dir(:privdata, :ebin)] do
      {label, Path.relative_to_cwd(List.to_string(dir))}
    end
  end
end
