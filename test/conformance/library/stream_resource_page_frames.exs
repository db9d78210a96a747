# A resource whose next_fun returns pages of several elements: a reducer raising on one of them
# fails inside Enumerable.List.reduce/3 called by Stream.do_list_resource/6; a one-element page
# inside Stream.do_element_resource/6. after_fun runs before the error propagates.
resource = fn page_size ->
  Stream.resource(
    fn -> 1 end,
    fn
      p when p > 3 -> {:halt, p}
      p -> {Enum.map(1..page_size, &(p * 10 + &1)), p + 1}
    end,
    fn p -> IO.puts("close at #{p}") end
  )
end

calls = [
  {"pages of 3", fn -> resource.(3) |> Stream.map(fn 22 -> raise "boom"; x -> x end) |> Enum.to_list() end},
  {"pages of 1", fn -> resource.(1) |> Stream.map(fn 21 -> raise "boom"; x -> x end) |> Enum.to_list() end},
  {"zipped pages", fn -> Stream.zip(resource.(2), resource.(3)) |> Enum.map(fn {22, _} -> raise "zip"; x -> x end) end},
  {"take", fn -> resource.(3) |> Enum.take(4) end},
  {"each", fn -> resource.(2) |> Stream.each(fn 32 -> :erlang.error(:badarith); _ -> :ok end) |> Stream.run() end}
]

for {label, f} <- calls do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts(label <> ": " <> Exception.format_banner(:error, e, __STACKTRACE__))
      lib = __STACKTRACE__ |> Enum.drop_while(&(elem(&1, 0) == :elixir_compiler_0)) |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler_0))
      for entry <- lib, do: IO.inspect(entry)
  end
end
