# :erlang.float_to_binary/2 with {:decimals, d}: up to 18 decimals OTP scales the fraction in
# double arithmetic and rounds from .5 up (0.075 -> "0.08" though 0.075 is 0.07499999...);
# beyond 18 it prints the exact binary value with ties to even.
cases = [
  {0.075, 2}, {-0.075, 2}, {0.045, 2}, {1.005, 2}, {2.675, 2}, {0.125, 2}, {0.375, 2},
  {0.5, 0}, {1.5, 0}, {2.5, 0}, {-0.5, 0}, {9.5, 0}, {0.95, 1}, {0.995, 2}, {-0.001, 2},
  {60.597, 16}, {3.503, 16}, {8.81, 17}, {19.005, 18}, {396.05516054202348, 17},
  {161940.158, 16}, {0.3, 20}, {1.0e-20, 25}, {1.0e-20, 19}, {5745925.5783229852, 29},
  {2239381337.9446192, 19}, {123.456, 10}, {1.0e17, 2}, {12345678901234567890.0, 3},
  {4503599627370495.5, 0}, {4503599627370495.5, 1}, {0.1 + 0.2, 17}, {1/3, 18}, {2/3, 19}
]

for {x, d} <- cases do
  IO.puts("#{inspect(x)} #{d}: #{:erlang.float_to_binary(x, decimals: d)} #{:erlang.float_to_binary(x, [:compact, decimals: d])}")
end

IO.puts(:erlang.float_to_list(0.075, decimals: 2))
IO.puts(:erlang.float_to_binary(-0.0, decimals: 3))

# what a price table does with it
for {name, price} <- [{"tea", 0.075}, {"cake", 2.675}, {"pie", 1.005}, {"jam", 4.345}] do
  IO.puts(String.pad_trailing(name, 6) <> String.pad_leading(:erlang.float_to_binary(price, decimals: 2), 8))
end
