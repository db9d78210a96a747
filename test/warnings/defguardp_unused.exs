# a private guard is a private macro: "macro name/arity is unused" when no function (reached from a
# public one), public guard or used private guard calls it
defmodule Guards do
  defguardp is_small(x) when is_integer(x) and x < 10
  defguardp is_tiny(x) when is_small(x) and x < 2
  defguardp is_big(x) when x > 10
  defguardp is_atomish(x) when is_atom(x)
  defguardp is_named(x) when is_atomish(x) and x != nil
  defguard is_ok(x) when is_big(x)
  defguardp never(x) when x == :never
  def f(x) when is_tiny(x), do: 1
  defp unused(x) when never(x), do: x
end
IO.puts(:ok)
