# `a <> b` of two binaries, which compiled code builds without the general walk of segments: small
# and large left sides (appended in place in its buffer when there is room, never over another
# binary sharing it), empty sides, and the errors of a bitstring or a non-binary on either side.
defmodule C do
  def cat(a, b), do: a <> b
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc <> Integer.to_string(rem(n, 7)))
end
vals = ["", "a", String.duplicate("x", 63), String.duplicate("y", 64), String.duplicate("z", 300), <<1::1>>, :atom, 5, [1]]
for _ <- 1..1100, do: C.cat("p", "q")
for a <- vals, b <- vals do
  r = try do C.cat(a, b) rescue e -> {e.__struct__, Exception.message(e)} end
  IO.inspect({a, b, r}, limit: 5, printable_limit: 10)
end
big = C.loop(5000, "")
IO.inspect({byte_size(big), binary_part(big, 0, 20), binary_part(big, 4980, 20)})
base = String.duplicate("b", 100)
x1 = base <> "1"
x2 = base <> "2"
IO.inspect({x1 == base <> "1", binary_part(x1, 99, 2), binary_part(x2, 99, 2), byte_size(base)})
y1 = C.cat(base, "1")
y2 = C.cat(base, "2")
y3 = C.cat(y1, "3")
IO.inspect({binary_part(y1, 98, 3), binary_part(y2, 98, 3), binary_part(y3, 98, 4)})
