defmodule Bench do
  # a binary built a byte at a time: by a comprehension into "" and by an accumulator loop
  def up(bin), do: for(<<ch <- bin>>, into: "", do: <<if(ch in ?a..?z, do: ch - 32, else: ch)>>)
  def rev(<<>>, acc), do: acc
  def rev(<<ch, r::binary>>, acc), do: rev(r, <<acc::binary, ch>>)

  def run do
    bin = :binary.copy("hello world, this is a test of binaries! ", 20_000)
    {up(bin), rev(bin, "")}
  end
end

{us, {a, b}} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ok = byte_size(a) == 820_000 and binary_part(a, 0, 6) == "HELLO " and byte_size(b) == 820_000
IO.puts("binary append #{byte_size(a)} #{byte_size(b)} #{if ok, do: "ok", else: "WRONG"}")
