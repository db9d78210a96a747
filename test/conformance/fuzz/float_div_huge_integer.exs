# an integer past the largest double does not convert to a float in arithmetic: 1 / 2 ** 1074 is
# badarith as on the BEAM (beamlet divided by Infinity and gave 0.0; found by fuzz-diff seed 9903
# as Float.ratio(5.0e-324) |> then(fn {a, b} -> a / b end))
big = Function.identity(Integer.pow(2, 1074))
{n, d} = Float.ratio(5.0e-324)

for f <- [fn -> 1 / big end, fn -> big / 1 end, fn -> -1.5 / big end, fn -> n / d end, fn -> 1.0 * big end,
          fn -> big + 0.5 end, fn -> big * 0.0 end, fn -> Integer.pow(2, 1023) / 1 end, fn -> big / big end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e)
  end
end
