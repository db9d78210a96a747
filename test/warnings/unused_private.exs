defmodule M do
  def pub, do: used(1)
  defp used(x), do: x
  defp never(x), do: x
  defp also_never, do: :ok
  defp helper(a, b \\ 1), do: a + b
end
IO.inspect(M.pub())
