# A local function that fails in a way OTP's compiler knows from literals never returns: each call
# of it is a last call, so its caller's frame is gone from the stack trace
defmodule M do
  def a(x), do: {a1(x), 1}
  defp a1(_), do: ({:ok, _} = {:error, 1})
  def b(x), do: {b1(x), 1}
  defp b1(x), do: ({:ok, [_, _]} = {:ok, [x]})
  def c(x), do: {c1(x), 1}
  defp c1(x), do: ([a, b] = [x, :y, :z]; {a, b})
  def d(x), do: {d1(x), 1}
  defp d1(_), do: Map.fetch!(%{a: 1}, :b)
  def e(x), do: {e1(x), 1}
  defp e1(_), do: hd([])
  def f(x), do: {f1(x), 1}
  defp f1(x), do: ({:ok, y} = {:ok, x}; {:ok, _} = {:error, y})
  # possibly matching: the frame stays
  def g(x), do: {g1(x), 1}
  defp g1(x), do: ({:ok, _} = {x, 1})
  def h(x), do: {h1(x), 1}
  defp h1(x), do: Map.fetch!(%{a: x}, x)
  def i(x), do: {i1(x), 1}
  defp i1(x), do: ([_ | _] = x)
  def j(x), do: {j1(x), 1}
  defp j1(x), do: ("a" <> _ = x)
end

defmodule Main do
  def run do
    for {f, arg} <- [a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: :error, h: :z, i: [], j: "b"] do
      try do
        apply(M, f, [arg])
      rescue
        e ->
          IO.inspect({f, e.__struct__})
          IO.inspect(Enum.take(__STACKTRACE__, 3))
      end
    end
  end
end

Main.run()
