f = fn fmt, args -> IO.puts(:io_lib.format(fmt, args) |> List.to_string()) end
for x <- [0.5, 1.5, 2.5, 0.125, 0.005, 1.0e-7, 123.456, 99.999, 1.0e21, 1.0e22, 12345678901234567890.0, 0.1, 2.675, 1.005, -3.14159, 9.9999999] do
  f.("~f ~.2f ~.1f ~.10f ~e ~.3e ~.2e ~g ~.3g ~.1g ~.10g", List.duplicate(x, 11))
end
f.("~.20f", [0.1])
f.("~.25e", [1/3])
f.("[~12.4f] [~-12.4f] [~12.4.0f]", [3.14159, 3.14159, 3.14159])
f.("[~3.1f]", [1234.5])
f.("[~8e]", [1.0])
IO.puts :io_lib.format("~p and ~p", [1.0e-10, 1.0e15]) |> List.to_string()
:io.format("~s has ~b items costing ~.2f~n", ["cart", 3, 29.5])
:io.format("~-8s|~8s|~n", ["left", "right"])
:io.fwrite("~w~n", [{:a, [1, 2], "bin"}])
:io.format("no args~n")
:io.format(:standard_io, "to ~s~n", ["standard_io"])
:io.format('charlist ~p~n', [:fmt])
:io.format("~ts~n", ["unicode ✓"])
IO.puts :io_lib.format("~8.16.0B ~8.2.0b ~-8.16B|", [0xBEEF, 5, 255]) |> List.to_string()
IO.puts :io_lib.format("~5.2c|~-5c|", [?x, ?y]) |> List.to_string()
IO.puts :io_lib.format("~3~|~~", []) |> List.to_string()
IO.puts :io_lib.format("big ~b ~.16B ~.36b", [123456789012345678901234567890, -123456789012345678901234567890, 1295]) |> List.to_string()
IO.puts List.to_string(:io_lib.write({:a, [1, 2, {:b, "c"}], %{k: :v}}))
IO.puts List.to_string(:io_lib.write([1, [2, [3, [4, [5]]]]], 3))
IO.inspect :io_lib.print([1, 2, 3]) |> List.to_string()
for {fmt, args} <- [{"~d", [1]}, {"~f", [1]}, {"~s", [[300]]}, {"~w ~w", [1]}, {"~w", [1, 2]}, {"~.0f", [1.0]}, {"~.1e", [1.0]}, {"~3.5s", ["abc"]}, {"~.1b", [3]}, {"~c", [:a]}, {"~b", [1.0]}, {"~s", [{:t}]}, {"~z", []}] do
  try do
    :io_lib.format(fmt, args)
    IO.puts "ok #{fmt}"
  rescue
    e -> IO.puts("#{fmt}: #{inspect(e)}")
  end
end
