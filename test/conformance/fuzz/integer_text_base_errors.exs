# :erlang.integer_to_binary/2, integer_to_list/2, binary_to_integer/2 and list_to_integer/2 (and
# Integer.to_string/2, String.to_integer/2, which Elixir inlines to them) name both bad arguments
# at once, as OTP 25's error_info does (beamlet named only the first).
for {f, a} <- [
      {&:erlang.integer_to_binary/2, [1.5, 1]},
      {&:erlang.integer_to_binary/2, [10, 37]},
      {&:erlang.integer_to_list/2, [:a, 37]},
      {&:erlang.binary_to_integer/2, [1, 1]},
      {&:erlang.binary_to_integer/2, ["x", 1]},
      {&:erlang.binary_to_integer/2, [<<1::3>>, 40]},
      {&:erlang.binary_to_integer/2, ["zz", 36]},
      {&:erlang.list_to_integer/2, [1, :a]},
      {&:erlang.list_to_integer/2, [[1 | 2], 40]},
      {&:erlang.list_to_integer/2, ['ff', 16]},
      {&Integer.to_string/2, [-1.5, 1]},
      {&String.to_integer/2, [1.0e100, 37]}
    ] do
  try do
    IO.inspect(apply(f, a))
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
