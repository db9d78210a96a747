# :erlang.float_to_binary/2 with many decimals (more than JS's 100, exact from the float's binary value),
# scientific with more than 100 digits, and OTP's 255-byte limit and bad options as the
# 'invalid option in list' badarg
r = fn f, d -> try do byte_size(:erlang.float_to_binary(f, decimals: d)) rescue _ -> :badarg end end
IO.inspect for e <- 245..256, do: {e, r.(:math.pow(10, e), 0), r.(:math.pow(10, e), 3), r.(-:math.pow(10, e), 0), r.(:math.pow(10, e), 10)}
IO.inspect r.(1.0e200, 60)
IO.inspect r.(1.0e190, 60)
IO.inspect r.(0.5, 253)
for o <- [[decimals: 300], [scientific: 300], [:bogus], [decimals: -1]] do
  try do :erlang.float_to_binary(1.5, o) rescue e -> IO.puts(Exception.message(e)) end
end
try do :erlang.float_to_binary(1.0e300, decimals: 2) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.float_to_list(-1.0e254, decimals: 1) rescue e -> IO.puts(Exception.message(e)) end
IO.puts :erlang.float_to_binary(0.1, decimals: 120)
IO.puts :erlang.float_to_binary(-2.5e-300, decimals: 250)
IO.puts :erlang.float_to_binary(1.0e22, decimals: 2)
IO.puts :erlang.float_to_binary(2.0e200, [{:decimals, 40}, :compact])
IO.puts :erlang.float_to_binary(1.5, scientific: 120); IO.puts :erlang.float_to_binary(0.1, scientific: 105)
IO.puts :erlang.float_to_binary(-9.999999999999999e22, scientific: 110)
IO.puts :erlang.float_to_binary(5.0e-324, scientific: 120)
IO.puts :erlang.float_to_binary(1.0e300, scientific: 101)
IO.puts :erlang.float_to_binary(0.0, scientific: 102)
IO.puts :erlang.float_to_binary(123.456, scientific: 3)
