rows = [
  {"Widget", 3, 4.5},
  {"Gadget extraordinaire", 12, 19.999},
  {"Nut", 1000, 0.05},
  {"Bolt", 0, 1.0e3}
]

header = ["Item", "Qty", "Price", "Total"]
IO.puts(Enum.map_join(header, " | ", &String.pad_trailing(&1, 10)))
IO.puts(String.duplicate("-", 52))

for {name, qty, price} <- rows do
  total = qty * price
  line =
    [
      String.pad_trailing(String.slice(name, 0, 10), 10),
      String.pad_leading(Integer.to_string(qty), 10),
      String.pad_leading(:erlang.float_to_binary(price, decimals: 2), 10),
      String.pad_leading(Float.to_string(Float.round(total, 2)), 10)
    ]
    |> Enum.join(" | ")

  IO.puts(line)
end

:io.format("~-10s|~10w|~10.2f~n", ['abc', 42, 3.14159])
:io.format("~10.3e|~g|~.1f~n", [12345.678, 0.0001, 2.25])
:io.format("~p ~p~n", [[1, 2, 3], %{a: 1}])
:io.format("~s and ~s~n", ["bin", 'list'])
:io.format("~5..0B|~.16B|~.2B|~-6B|~8.16.0b~n", [42, 255, 5, 7, 255])
:io.format("~c~c~3c|~.16x~n", [?a, ?b, ?z, 171, 'pre'])
:io.format("~*.*f|~n", [10, 3, 2.0 / 3])
:io.format("~ts~n", ["héllo"])
:io.format("~i~w~n", [:ignored, {:ok, 'x'}])
:io.format("~10.5c|~-5c|~n", [?x, ?y])
:io.format("~e ~e~n", [1.0, -0.000123])
:io.format("~.3e ~.10g~n", [100.0, 1.0 / 3])
:io.format("[~10p]~n", [:atom])
IO.puts(:io_lib.format("~8.3f|~-8.3f|~8s|~-8s|", [3.14159, 2.5, "ab", "cd"]) |> IO.iodata_to_binary())
IO.puts(:io_lib.format("~4..*w|~.3s|~3s", [?*, 7, "abcdef", "abcdef"]))
IO.inspect(:io_lib.format("~w", [1.5]))
IO.inspect(Integer.to_string(255, 16))
IO.inspect(Integer.to_string(-255, 2))
IO.inspect(Integer.to_string(123_456, 36))
IO.inspect(Integer.digits(1234))
IO.inspect(Integer.undigits([1, 0, 1], 2))
IO.inspect({Float.round(2.675, 2), Float.round(1.005, 2), Float.ceil(1.01, 1), Float.floor(-1.55, 1)})
IO.inspect({Float.to_string(0.1 + 0.2), Float.to_string(1.0e20), Float.to_string(1.0e-7), 1.0e16, 123456789.0})
IO.inspect(:erlang.float_to_binary(3.0, [:compact, decimals: 4]))
IO.inspect(:erlang.float_to_binary(0.1, scientific: 3))
IO.inspect(Float.ratio(0.75))
IO.inspect(round(2.5) + trunc(-2.7))
for {f, a} <- [{"~x~n", ["ab", "pre"]}, {"~d~n", [1.5]}, {"~s~n", [:atom]}, {"~s~n", [123]}, {"~f~n", [1]}, {"~a~n", ["str"]}, {"~w ~w~n", [1]}, {"~q~n", [1]}, {"~p~n", []}, {"~.2B~n", [-1.0]}] do
  try do
    :io.format(f, a)
  rescue
    e -> IO.puts(Exception.message(e))
  end
  try do
    :io_lib.format(f, a)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
