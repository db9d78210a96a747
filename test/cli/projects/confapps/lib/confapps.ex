defmodule Confapps do
  def greeting, do: Application.get_env(:confapps, :greeting)
end
