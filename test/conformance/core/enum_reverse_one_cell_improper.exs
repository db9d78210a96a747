# Enum.reverse/1 of one list cell whose tail is no list ([x | y]) matches none of Elixir 1.14's
# list clauses and goes through reduce/3: its inlined foldl fails on the tail, as does group_by
# (which reverses first). Longer improper lists fail in :lists.reverse/2.
for l <- [[1 | 2], [:a | "b"], [1, 2 | 3], [1, 2, 3 | 4]] do
  for {name, f} <- [reverse: &Enum.reverse/1, group_by: &Enum.group_by(&1, fn x -> x end)] do
    try do
      IO.inspect(f.(l))
    rescue
      e ->
        [first | _] = __STACKTRACE__
        IO.inspect({name, l, e.__struct__, Map.get(e, :function), elem(first, 0), elem(first, 1)})
    end
  end
end

Enum.reverse([1 | 2])
