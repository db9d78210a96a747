defmodule Build do
  def user(name) do
    name |> %{name: "x"}
  end
end
