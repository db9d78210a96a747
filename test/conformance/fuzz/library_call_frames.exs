# Frames of failures inside library functions as Elixir 1.14 shows them (found by fuzz-diff seed
# 31002): String.starts_with?/contains? keep their frame under :binary.match (a list pattern's
# non-binary fails in byte_size/1 under list_contains?/4); Enum.chunk_while/4 reduces at line 595;
# Enum.dedup_by/2 keeps the previous key as {:value, key} and its inlined foldl fails at 2468;
# Map.take/drop/split with keys that are no list read them at their own lines (no helper frame);
# :unicode.characters_to_list/1 and characters_to_binary/3 name themselves in their badarg frame
cases = [
  fn -> String.starts_with?("abc", 3) end, fn -> String.contains?("abc", 3) end, fn -> String.ends_with?("abc", 3) end,
  fn -> String.contains?("abc", [3]) end, fn -> String.contains?("abc", <<1::3>>) end,
  fn -> Enum.chunk_by(:a, & &1) end, fn -> Enum.chunk_while(:a, [], fn x, a -> {:cont, [x | a]} end, &{:cont, &1}) end,
  fn -> Enum.dedup_by([1 | 2], & &1) end, fn -> Enum.dedup_by([1, 2 | 3], & &1) end, fn -> Enum.dedup([1, 1, 2, 1]) end,
  fn -> Map.split(%{a: 1}, "x") end, fn -> Map.take(%{a: 1}, "x") end, fn -> Map.drop(%{a: 1}, "x") end,
  fn -> Map.take(%{a: 1}, 1..2) end, fn -> Map.split(%{1 => 2, a: 1}, MapSet.new([1])) end,
  fn -> :unicode.characters_to_list([1.5]) end, fn -> :unicode.characters_to_list([1.5], :latin1) end,
  fn -> :unicode.characters_to_binary([1.5], :latin1) end, fn -> :unicode.characters_to_binary([1.5], :unicode, :latin1) end
]

for f <- cases do
  try do
    IO.inspect(f.())
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e))
      # (a fun among a frame's arguments shown as :fun: its text's length differs, and so the wrapping)
      for {m, f, a, loc} <- Enum.take_while(__STACKTRACE__, &(elem(&1, 1) != :__FILE__)),
          do: IO.inspect({m, f, if(is_list(a), do: Enum.map(a, &if(is_function(&1), do: :fun, else: &1)), else: a), loc[:line]})
  end
end
