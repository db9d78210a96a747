defmodule A do
  defmodule B do
    defp g(x, y) do
      fn -> x |> Enum.map(_) end
    end
  end
end
