# `x < y < z` is `(x < y) < z`: Elixir warns at a comparison (<, >, <=, >=, min, max: operators,
# Kernel's or :erlang's functions) one of whose sides is a comparison, after the warnings of its
# sides (which it expands first), in a script, a function body, a guard, a pipe
defmodule Nested do
  def chain(x, y), do: 1 < x < y < 10
  def guarded(x, y) when x < y < 3, do: 1
  def guarded(_, _), do: 2
  def in_min(x), do: min(x < 1, 3)
  def remote(x), do: Kernel.<(x, 1) >= 2
  def erlang(x), do: :erlang.<(x, 1) > :erlang.>=(x, 2)
  def erlang_name(x), do: :erlang."=<"(1, x < 2)
  def piped(x), do: x |> Kernel.<(1) |> Kernel.<(2)
  def right(x), do: x <= (x > 2)
  # not a comparison of a comparison: == and !=, min/max inside, other operators
  def equality(x), do: 1 == (x < 2) and (x > 1) != false
  def inner_min(x), do: x < min(1, 2)
  def arith(x), do: x + 1 < 3
end

x = 5
y = 7
IO.inspect(1 < x < y < 10)
IO.inspect((x < 2) > 3)
IO.inspect(x < %URI{} < 2)
IO.inspect({Nested.chain(2, 3), Nested.guarded(1, 2), Nested.in_min(0), Nested.piped(0)})
