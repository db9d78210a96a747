# Float.round/ceil/floor with and without a precision, as Elixir 1.14 computes them (including its
# quirks: Float.floor(-0.4, 1) is -0.5, and a result rounded to zero is 0.0).
values = [-0.0, 0.0, -0.4, -0.04, -0.5, -0.6, 0.4, 0.04, -1.0e-20, 1.0e-20, -0.9, 0.9, -0.00001,
          2.5, -2.5, 1.005, 123.456, -123.456, 1.0e20, 0.1, 0.3, 5.0e-324, 1.0e300, 0.125, -7.75]
for x <- values do
  r = for p <- [0, 1, 2, 3, 15] do
    {Float.round(x, p), Float.ceil(x, p), Float.floor(x, p)}
  end
  IO.inspect({x, Float.round(x), Float.ceil(x), Float.floor(x), r})
end
IO.inspect({round(-0.0), trunc(-0.0), ceil(-0.4), floor(-0.0), round(2.5), round(-2.5)})
try do Float.round(1.5, 16) rescue e -> IO.inspect(e) end
try do Float.ceil(1.5, -1) rescue e -> IO.inspect(e) end
