# :math.asin/acos/sinh/cosh/asinh/acosh as OTP 25's (glibc's) values: V8's Math functions were an
# ulp off for 2-10% of arguments (asin(0.3), cosh(1.5) and sinh(30) among them); found by a
# real-world program printing :math results
for i <- 1..160 do
  a = (i - 80) / 81
  x = i / 7
  IO.puts("#{a} #{:math.asin(a)} #{:math.acos(a)} | #{x} #{:math.sinh(x)} #{:math.cosh(x)} #{:math.asinh(x)} #{:math.acosh(x + 1)}")
end
IO.inspect({:math.asin(1.0), :math.acos(-1.0), :math.acos(1.0), :math.asin(-0.0), :math.sinh(-0.0), :math.cosh(0.0)})
IO.inspect({:math.sinh(709.9), :math.cosh(-710.4), :math.acosh(1.0), :math.asinh(1.0e300)})
for {f, x} <- [asin: 1.5, acos: -1.0000001, acosh: 0.5, sinh: 711.0, cosh: 720.0] do
  try do
    apply(:math, f, [x])
  rescue
    e -> IO.puts("#{f}(#{x}): #{inspect(e)}")
  end
end
