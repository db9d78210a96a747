defmodule B do
  def f(x), do: 10 / x
  defoverridable f: 1
  def f(x), do: super(x) + 1
end
try do
  B.f(0)
rescue
  _ -> IO.inspect(__STACKTRACE__ |> Enum.take(3))
end
defmodule C do
  def f(x), do: x * 2
  defoverridable f: 1
  def f(x), do: Enum.map([x, x], &super/1)
end
IO.inspect C.f(4)
defmodule D do
  def f(x), do: x * 2
  defoverridable f: 1
  def f(x), do: x
end
IO.inspect D.f(4)
B.f(0)
