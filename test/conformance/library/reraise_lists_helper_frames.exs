# Frames the last session's fuzzing found wrong (each checked against Elixir 1.14 / OTP 25):
# a function_clause re-raised with :erlang.raise(kind, reason, __STACKTRACE__) loses its top
# entry's location, except in the helpers Erlang's compiler makes of inlined :lists functions
# (Enum.into of an improper list re-raises from Enum.into_protocol); :lists.subtract/2's frames;
# List.keysort/3's comparator fns at the lines of Elixir's clauses.
defmodule M do
  def f(_, []), do: :ok
  def f(x, [_ | t]), do: f(x, t)

  def reraise(fun) do
    try do
      fun.()
    catch
      k, r -> :erlang.raise(k, r, __STACKTRACE__)
    end
  end

  def compare(_, _), do: :lt
end

show = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
      for entry <- Enum.take(__STACKTRACE__, 2), do: IO.puts("frame " <> Exception.format_stacktrace_entry(entry))
  end
end

show.("def clauses", fn -> M.reraise(fn -> M.f(:x, [1, 2 | 3]) end) end)
show.("fn clauses", fn -> M.reraise(fn -> (fn 1 -> 1 end).(2) end) end)
show.("reduce", fn -> M.reraise(fn -> Enum.reduce([1 | 2], 0, &+/2) end) end)
show.("map", fn -> M.reraise(fn -> Enum.map([1 | 2], & &1) end) end)
show.("into mapset", fn -> Enum.into([{1, 2} | :x], MapSet.new()) end)
show.("into mapset 3", fn -> Enum.into([1, 2 | 3], MapSet.new(), &(&1 * 2)) end)
show.("into string", fn -> Enum.into(["a", "b" | 3], "") end)
show.("into string 3", fn -> Enum.into([1 | 3], "", fn _ -> "a" end) end)
show.("into list", fn -> Enum.into([1, 2 | 3], [9]) end)
show.("into map", fn -> Enum.into([1 | :x], %{}) end)

for {a, b} <- [{1.0, 0}, {[1], 0}, {[1 | 2], [1]}, {[1, 2], [2 | 3]}, {:x, []}, {[1, 2, 1], [1]}] do
  show.("subtract #{inspect(a)} #{inspect(b)}", fn -> :lists.subtract(a, b) end)
end

for sorter <- [fn _, _ -> true end, :desc, M, {:asc, M}, {:desc, M}] do
  show.("keysort #{inspect(sorter)}", fn -> List.keysort([{1}, 2, {3}], 0, sorter) end)
  show.("keysort ok #{inspect(sorter)}", fn -> List.keysort([{2, :a}, {1, :b}, {2, :c}], 0, sorter) end)
end
