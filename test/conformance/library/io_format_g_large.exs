# ~g on OTP 25: below 1.0e4 it writes ~f when the precision allows, from 1.0e4 on always ~e
for x <- [9999.9, 10000.0, 12345.6, 99999.0, 100000.0, 123456.0, -24286.7, 999999.0, 1.0e15, 0.1, 0.0001, 123.456, 1.0, 0.0] do
  IO.puts(:io_lib.format("~g|~.3g|~.10g|~.1g|~14.4g|~-12g|", [x, x, x, x, x, x]))
end
:io.format("~g ~g~n", [65536.0, 1.5e300])
