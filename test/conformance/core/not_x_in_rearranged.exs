# `not x in y` and `!x in y` read as `not(x in y)` (Elixir's grammar rearranges them, with a
# deprecation warning); `(not x) in y` and `x not in y` are left as written.
# Found by fuzz-diff-lang seed 52313 (program 34): a guard `not x in 1..10//3` on a list.
defmodule NotIn do
  def stepped(x) when not x in 1..10//3, do: :outside
  def stepped(_), do: :inside
  def listed(x = [_ | _]) when not x in 1..10//3 or x === 0, do: {:list, x}
  def banged(x) when is_list(x) or is_integer(x), do: !x in [1, 2]
end

x = [1]
IO.inspect(not x in [1, 2])
IO.inspect(not 1 in [1, 2])
IO.inspect(!x in [[1]])
IO.inspect(not(x) in [1])
IO.inspect(x not in [1])
IO.inspect((not true) in [false])
IO.inspect(quote do: not a in b)
IO.inspect(quote do: !a in b)
IO.inspect(quote do: (not a) in b)
IO.inspect(quote do: not a not in b)
IO.inspect(Code.string_to_quoted!("not a in b"))
IO.inspect(Enum.map([[1], 4, 2, :a, 4.0], &NotIn.stepped/1))
IO.inspect(NotIn.listed('\e[0m'))
IO.inspect({NotIn.banged(1), NotIn.banged([1])})
