values = [0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 10 / 3, 1.0e-4, 12345.6789, 1.0e23, 9.999999999999999e22, 5.0e-324, 0.5, 100.0]
for v <- values do
  IO.puts("#{v} | #{inspect(v)} | #{Float.round(v, 3)} | #{:erlang.float_to_binary(v, decimals: 4)}")
end
IO.inspect(Float.round(0.125, 2))
IO.inspect(Float.round(0.135, 2))
IO.inspect(Float.floor(-0.5))
IO.inspect(Float.ceil(-0.5))
IO.inspect(trunc(1.0e15 + 0.5))
IO.inspect(round(1.0e15 + 0.5))
IO.inspect(1.0 * 3)
IO.inspect(6 / 2)
IO.inspect(:erlang.float(7))
