# Access.slice/1 takes ranges with a positive step only: a decreasing range (7..3 is 7..3//-1 in
# Elixir 1.14) or a negative step raises ArgumentError in Access.slice/1 itself (lib/access.ex:887)
for range <- [1..3, 0..-1//1, 7..3, 2..8//-1, -1..-3//-2, 4..1//1] do
  try do
    IO.inspect(get_in([10, 20, 30, 40, 50], [Access.slice(range)]), label: inspect(range))
    IO.inspect(update_in([10, 20, 30, 40, 50], [Access.slice(range)], &(&1 + 1)), label: "update " <> inspect(range))
  rescue
    e ->
      IO.puts("#{inspect(range)}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end
