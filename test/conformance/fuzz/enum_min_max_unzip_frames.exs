# The funs of Enum.min_max/1 (its empty fallback) and Enum.unzip/1 stand at Elixir's lines in
# their frames (found by fuzz-diff seed 31001: lib/enum.ex:1423 and 2214 where Elixir names 2131
# and 3730)
for f <- [fn -> Enum.min_max([]) end, fn -> Enum.min_max(3..1//1) end, fn -> Enum.unzip(-2..1) end, fn -> Enum.unzip([{1, 2}, :x]) end, fn -> Enum.unzip(%{a: 1}) end, fn -> Enum.min_max(%{}) end] do
  try do
    IO.inspect(f.())
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e))
      for {m, f, a, loc} <- Enum.take_while(__STACKTRACE__, &(elem(&1, 1) != :__FILE__)), do: IO.inspect({m, f, a, loc[:line]})
  end
end
