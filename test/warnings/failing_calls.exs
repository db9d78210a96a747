# OTP's compiler evaluates pure BIFs whose arguments are all constants (after folding and
# propagation) and warns about the calls that will fail; no warning when an argument is unknown
defmodule Calls do
  @zero 0

  def arith do
    a = :a + 1
    b = div(10, @zero)
    c = 1 / 0.0
    n = :nope
    d = n * 2
    e = -"text"
    f = Bitwise.band(:x, 1)
    g = Bitwise.bsl(1, 100_000_000_000_000_000_000)
    h = Kernel.+(:k, 1)
    i = apply(:erlang, :-, [:a, 1])
    {a, b, c, d, e, f, g, h, i}
  end

  def bifs do
    {abs(:a), trunc("x"), round(:a), ceil(:a), floor("x"), :erlang.float(:a), hd([]), tl([]),
     length(:a), tuple_size(:a), byte_size(:a), elem({}, 0), :math.sqrt(:a), :math.log(0)}
  end

  def fine(x) do
    # unknown operands: nothing to say at compile time
    {x + :a, div(x, 0), abs(x), [1] ++ :tail, max(:a, 1)}
  end
end

IO.puts("compiled")
x = :top
try do
  x - 1
rescue
  e -> IO.puts(Exception.message(e))
end
