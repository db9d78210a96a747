# :math.erf/1 and erfc/1 to the last bit of the C library's results, on each of its ranges
# (|x| < 0.84375, < 1.25, < 1/0.35, < 6, < 28 and beyond), and their badargs.
for x <- [0, 0.5, -0.5, 0.25, 0.3, 1, -1, 1.2, 2.0, -3, 10, 1.0e-10, 1.0e-300, 6, -6, 5.9, 27.5, 30, -30, 100_000_000_000_000_000_000] do
  IO.inspect({x, :math.erf(x), :math.erfc(x)})
end

:rand.seed(:exsss, {1, 2, 3})
xs = for _ <- 1..600, do: (:rand.uniform() - 0.5) * 14
IO.puts(Enum.map_join(xs, "\n", fn x -> "#{x} #{:math.erf(x)} #{:math.erfc(x)}" end))

for bad <- [:a, "1", nil] do
  try do
    :math.erf(bad)
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end

  try do
    :math.erfc(bad)
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end
