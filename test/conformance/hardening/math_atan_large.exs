# :math.atan/1 and :math.atan2/2 where the ratio is large (angles near +-pi/2), as OTP 25's (glibc's
# correctly rounded) values: tan is so steep there that the last bit needs atan(1/q); a random
# program found :math.atan2(123456789012345678901234567890, -1) an ulp off
IO.inspect(:math.atan2(123456789012345678901234567890, -1))
IO.inspect(:math.atan(7.0e15))
for k <- 1..150 do
  m = rem(k * 7919, 1000) + 1
  e = rem(k * 13, 44) - 22
  x = m * String.to_float("1.0e#{e}") * if(rem(k, 3) == 0, do: -1, else: 1)
  y = (rem(k * 104_729, 997) + 1) / 7 * if(rem(k, 4) == 1, do: -1, else: 1)
  IO.puts("#{x} #{:math.atan(x)} #{:math.atan2(x, y)} #{:math.atan2(y, x)} #{:math.atan2(x, -1.0)}")
end
