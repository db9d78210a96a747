defmodule M do
  def run(x), do: x |> double() |> Enum.map(&inc/1)
  defp double(x), do: [x, x]
  defp inc(x), do: x + 1
  defp dead(x), do: x
end
IO.inspect(M.run(1))
