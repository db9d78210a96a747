# A loop's `<<acc::binary, byte>>` accumulator in compiled code (vm/jit/lazy_append.ts): kept as
# a binary and a length between iterations, made a binary where anything else reads it; the
# values kept on the way, bad values, errors and preemption as in the interpreter and elixir.
defmodule LA do
  def rev(<<>>, acc), do: acc
  def rev(<<ch, r::binary>>, acc), do: rev(r, <<acc::binary, ch>>)

  # the accumulator read besides its append: its size each step
  def sizes(<<>>, acc, n), do: {acc, n}
  def sizes(<<ch, r::binary>>, acc, n), do: sizes(r, <<acc::binary, ch>>, n + byte_size(acc))

  # the accumulator kept in a list on the way (the kept ones must not change)
  def keep(<<>>, acc, kept), do: {acc, kept}
  def keep(<<ch, r::binary>>, acc, kept) when ch == ?|, do: keep(r, <<acc::binary, ch>>, [acc | kept])
  def keep(<<ch, r::binary>>, acc, kept), do: keep(r, <<acc::binary, ch>>, kept)

  # integers that are not bytes: their low 8 bits
  def wide([], acc), do: acc
  def wide([x | xs], acc), do: wide(xs, <<acc::binary, x>>)

  # a bad value in the middle
  def bad([], acc), do: acc
  def bad([x | xs], acc), do: bad(xs, <<acc::binary, x>>)

  # a generator into a binary, with a branch in its body
  def up(bin), do: for(<<ch <- bin>>, into: "", do: <<if(ch in ?a..?z, do: ch - 32, else: ch)>>)
  def up2(bin, pre), do: for(<<ch <- bin>>, into: pre, do: <<ch + 1>>)

  # a count on the way, then a function_clause
  def fc(<<ch, r::binary>>, acc) when ch != ?!, do: fc(r, <<acc::binary, ch>>)
end

big = :binary.copy("abcdefghij", 50)
IO.inspect(byte_size(LA.rev(big, "")))
IO.inspect(LA.rev(big, "") == big)
base = :binary.copy("z", 70)
a = LA.rev("hello", base)
b = LA.rev("world", base)
IO.inspect({a, b, base})
c = LA.rev("12345", a)
IO.inspect({a, c})
{acc, n} = LA.sizes(:binary.copy("xy", 60), "", 0)
IO.inspect({byte_size(acc), n})
{acc, kept} = LA.keep(String.duplicate("abc|", 40), :binary.copy("K", 64), [])
IO.inspect({byte_size(acc), Enum.map(kept, &byte_size/1) |> Enum.take(5), hd(kept) |> binary_part(60, 10)})
IO.inspect(LA.wide([256, 257, -1, 65, 1_099_511_627_776, 300], :binary.copy("w", 64)) |> binary_part(60, 10))
IO.inspect(try do LA.bad([1, 2, 3.5, 4], :binary.copy("b", 80)) rescue e -> e end)
IO.inspect(try do LA.bad([1, :x], "short") rescue e -> e end)
IO.inspect(try do LA.rev("abc", :not_binary) rescue e -> e end)
IO.inspect(try do LA.rev("abc", <<1::3>>) rescue e -> e end)
s = :binary.copy("hello world, this is a test of binaries! ", 2000)
u = LA.up(s)
IO.inspect({byte_size(u), binary_part(u, 0, 20)})
pre = :binary.copy("P", 100)
v1 = LA.up2("abc", pre)
v2 = LA.up2("xyz", pre)
IO.inspect({v1 |> binary_part(98, 5), v2 |> binary_part(98, 5), byte_size(pre)})
try do
  LA.fc(:binary.copy("q", 100) <> "!", :binary.copy("Q", 70))
rescue
  e -> IO.inspect({e, __STACKTRACE__ |> hd() |> elem(3) |> Keyword.take([:line])})
end
# many slices: the loop preempted by another process printing
parent = self()
spawn(fn -> for i <- 1..3, do: send(parent, {:tick, i}) end)
r = LA.rev(:binary.copy("0123456789", 100_000), "")
IO.inspect({byte_size(r), binary_part(r, 999_990, 10)})
for i <- 1..3, do: receive(do: ({:tick, ^i} -> :ok))
# the same accumulator handed to two loops
seed = LA.rev(:binary.copy("s", 100), "")
x1 = LA.rev("AAAA", seed)
x2 = LA.rev("BBBB", seed)
x3 = LA.rev("CCCC", x1)
IO.inspect({binary_part(x1, 98, 6), binary_part(x2, 98, 6), binary_part(x3, 100, 8), byte_size(seed)})
