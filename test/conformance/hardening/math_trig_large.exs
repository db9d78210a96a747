# :math.sin/cos/tan of arguments from 2^19 up to the largest float, as OTP 25's (glibc's) values:
# x - k pi/2 from x's exact value and enough bits of pi (V8's own were an ulp or more off in 1 of
# 10; a random program found :math.tan(1.0e16))
IO.inspect({:math.tan(1.0e16), :math.sin(1.0e22), :math.cos(524_288.0), :math.sin(1.7976931348623157e308)})
for k <- 1..120 do
  m = (rem(k * 7919, 9973) + 1) / 997
  e = rem(k * 37, 300) + 6
  x = m * String.to_float("1.0e#{e}") * if(rem(k, 3) == 0, do: -1, else: 1)
  IO.puts("#{x} #{:math.sin(x)} #{:math.cos(x)} #{:math.tan(x)}")
end
