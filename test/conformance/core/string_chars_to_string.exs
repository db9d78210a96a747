IO.puts(to_string(123))
IO.puts(to_string(-1.25))
IO.puts(to_string(:atom))
IO.puts(to_string(nil) <> "|")
IO.puts(to_string(true))
IO.puts(to_string('charlist'))
IO.puts(to_string(["io", ?d, "ata"]))
IO.puts("interp #{[1, 2]}")
IO.puts("interp #{'ab'}")
IO.puts("interp #{1.0e10}")
IO.puts("interp #{:"quoted atom"}")
IO.puts("interp #{Foo.Bar}")
for v <- [{1, 2}, %{a: 1}, self()] do
  try do
    IO.puts("interp #{v}")
  rescue
    e in Protocol.UndefinedError -> IO.puts("no String.Chars for #{inspect(e.value) |> String.slice(0, 4)}")
  end
end
IO.puts(Kernel.to_string(2 ** 70))
IO.inspect(String.Chars.to_string(:x))
