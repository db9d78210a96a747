# An arrow operator (|>, <<<, ~>...) whose right side is a call without parentheses that has
# arguments is ambiguous: the parser warns at the operator, naming it in its example; a call
# without arguments, with parentheses, or given a do-block is not
import Bitwise

defmodule Pipes do
  def run(list), do: list |> Enum.map(&(&1 * 2)) |> Enum.join ", "
  def shift(x), do: x |> bsl 2
  def bits(x), do: 1 <<< x |> Integer.to_string 2
  def count(list), do: list |> length
end

x = [1, 2] |> Enum.map fn a -> a + 1 end
IO.inspect(x)
IO.puts(Pipes.run([1, 2]))
IO.puts(Pipes.shift(1))
IO.puts(Pipes.bits(3))
IO.puts(Pipes.count([1]))
z = [3] |> case do
  [a] -> a
end
IO.puts([z] |> Enum.at(0))
IO.puts(7 |> div 2)
