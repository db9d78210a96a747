# Integer.digits/undigits in every kind of base (to 36 from the text, past it digit by digit),
# negative numbers and digits, bad digits, and long numbers (off the node's thread in beamlet).
for n <- [0, 5, -5, 10, -10, 123456789, -987654321, Integer.pow(3, 200), -Integer.pow(3, 200)], b <- [2, 10, 16, 36, 37, 1000] do
  IO.inspect({Integer.digits(n, b), Integer.undigits(Integer.digits(n, b), b) == n})
end
IO.inspect(Integer.digits(-120))
x = Integer.pow(7, 100_000)
IO.inspect({length(Integer.digits(x)), :erlang.phash2(Integer.digits(-x, 7)), Integer.undigits(Integer.digits(x)) == x})
IO.inspect({Integer.undigits([]), Integer.undigits([0, 0, 1]), Integer.undigits([1, -2, 3]), Integer.undigits([15, 15], 16), Integer.undigits([35, 0], 36)})
try do
  Integer.undigits([1, 10, 3])
rescue
  e -> IO.inspect(e)
end
try do
  Integer.undigits([1, :a])
rescue
  e -> IO.inspect(e.__struct__)
end
