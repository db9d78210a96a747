# a definition named by `unquote(:name)` is a clause of that name: a later clause after one that
# always matches is reported, and a private function is left out of "is unused" when its last
# clause is the unquoted one (reported when a plain clause comes last)
defmodule UnquotedNames do
  def unquote(:f)(), do: 1
  def f(), do: 2

  def unquote(:k)(x), do: x
  def k(y) when is_integer(y), do: y

  def unquote(:"two words")(_), do: :ok
  def unquote(:"two words")(_), do: :again

  def unquote(:m)(1), do: :one
  def unquote(:m)(1), do: :uno

  defp unquote(:g)(x), do: 3
  defp unquote(:p)(1), do: 3
  defp p(2), do: 4
  defp h(1), do: 3
  defp unquote(:h)(2), do: 4

  def unquote(:h)(a, b) when a > 0 do
    c = 1
    a
  end
end

IO.inspect(UnquotedNames.f())
IO.inspect(UnquotedNames.k(5))
