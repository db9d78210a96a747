defmodule M do
  def z(unused_z), do: 1
  def a(unused_a), do: 2
  defp pz, do: 1
  defp pa, do: 2
  def m(b, a) do
    c = 1
    :ok
  end
end
IO.inspect(M.a(1))
