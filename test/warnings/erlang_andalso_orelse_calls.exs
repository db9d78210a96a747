# :erlang.andalso/2 and :erlang.orelse/2 are no exported functions, yet a call of them compiles
# (to the short-circuit operators): no "undefined" warning, whether written or made by a
# defguard with `and`/`or` used outside a guard through an import
defmodule G do
  defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
  defguard is_edge(n) when n == 0 or n == 9
end

defmodule T do
  import G, only: :macros

  def f(x), do: :erlang.andalso(x > 1, false)
  def g(x), do: :erlang.orelse(x > 1, false)
  def h(x), do: {is_even(x), is_edge(x)}
  def i(x) when is_even(x), do: :even
  def i(_), do: :odd
  def j(x), do: :erlang.andalso(x, true, false)
end

IO.inspect({T.f(3), T.g(3), T.h(4), T.i(2)})
