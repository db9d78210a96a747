defmodule Helper do
  def greeting, do: Application.get_env(:helper, :greeting, "no greeting")
end
