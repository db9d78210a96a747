# macros used in guards and patterns, and macros with guarded clauses
defmodule G do
  defmacro is_even(x), do: quote(do: rem(unquote(x), 2) == 0)
  defmacro is_small(x), do: quote(do: unquote(x) < 10)
  defmacro pair(a, b), do: quote(do: {unquote(a), unquote(b)})

  defmacro kind(x) when is_integer(x), do: :integer
  defmacro kind(x) when is_binary(x), do: :binary
  defmacro kind(_), do: :expression
end

defmodule User do
  require G
  def check(n) when G.is_even(n) and G.is_small(n), do: :small_even
  def check(n) when G.is_even(n), do: :even
  def check(_), do: :odd

  def swap(G.pair(a, b)), do: G.pair(b, a)

  def kinds, do: {G.kind(1), G.kind("s"), G.kind(1 + 1)}
end

IO.inspect(Enum.map([2, 12, 7], &User.check/1))
IO.inspect(User.swap({1, 2}))
IO.inspect(User.kinds())
