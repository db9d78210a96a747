# a @doc before defguardp is discarded with a warning (a private macro); a guard takes the @doc
defmodule A do
  @doc "a"
  defp f, do: 1
  @doc "c"
  defguardp g(x) when x == 1
  @doc "d"
  defguard is_two(x) when x == 2
  @doc false
  defguardp k(x) when x == 3
  def h(x) when g(x) or k(x), do: f()
end
