# A binary generator walks its binary as the Erlang compiler's comprehension function does: one
# call (one reduction) per turn, for into "", into a list and reduce: alike (beamlet went through
# Enum.reduce over Stream.unfold: 3-5 reductions and several calls a byte, ~10x Elixir's time)
defmodule R do
  def reds, do: elem(:erlang.process_info(self(), :reductions), 1)
  def up(bin), do: for(<<c <- bin>>, into: "", do: <<c + 1>>)
  def pairs(bin), do: for(<<a, b <- bin>>, do: a * b)
  def sum(bin), do: for(<<c <- bin>>, reduce: 0, do: (acc -> acc + c))
end

bin = :binary.copy("abcd", 2500)

for {name, f} <- [up: &R.up/1, pairs: &R.pairs/1, sum: &R.sum/1] do
  r0 = R.reds()
  result = f.(bin)
  used = R.reds() - r0
  IO.puts("#{name}: at most 2 reductions a byte: #{used <= 2 * byte_size(bin)}")
  shown = if is_binary(result), do: {byte_size(result), binary_part(result, 0, 8)}, else: result
  IO.inspect(shown, limit: 8)
end
