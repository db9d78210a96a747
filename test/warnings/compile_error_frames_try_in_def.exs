defmodule Reader do
  def read(path) do
    result = try do
      File.read!(path)
    end
    {:ok, result}
  end
end
