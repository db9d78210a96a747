# A script's top level is compiled unoptimised (no_ssa_opt), so `2 * x` keeps its operands in
# order; but when it matches a bitstring with variable segments, OTP 25 moves the constant
# operand second all the same: the failing frame is :erlang.*(:a, 2)
defmodule Packet do
  def id(x), do: x
end

<<version::4, _::4>> = Packet.id(<<0x45>>)
IO.inspect(version)

case Packet.id("GET /") do
  "GET " <> path -> IO.inspect(path)
  _ -> :other
end

try do
  2 + Packet.id(:a)
rescue
  e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)})
end

# a literal pattern matches no bitstring segment by segment: it does not count
IO.inspect(match?("abc", Packet.id("abc")))

3 * Packet.id(:size)
