# Access on a keyword list goes through Keyword.get_and_update/3 and Keyword.pop/3, whose clauses
# refuse a key that is no atom (beamlet's own code took any key); the raises and calls sit at
# Elixir 1.14's lines (found by fuzz-diff seed 9902)
show = fn e, st ->
  IO.inspect({e, Enum.map(st, fn {m, f, a, l} -> {m, f, if(is_list(a), do: length(a), else: a), l[:line]} end) |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler_0))})
end

for f <- [
      fn -> Access.get([{"a", 1}], "a") end,
      fn -> Access.fetch([{"a", 1}], "a") end,
      fn -> Access.fetch!([{"a", 1}], "a") end,
      fn -> Access.get_and_update([{"a", 1}], "a", &{&1, 1}) end,
      fn -> Access.pop([{"a", 1}], "a") end,
      fn -> Access.pop([a: 1, b: 2, a: 3], :a) end,
      fn -> Access.get_and_update([a: 1, b: 2, a: 3], :a, &{&1, 0}) end,
      fn -> get_in([a: 1], ["a"]) end,
      fn -> put_in([a: 1], ["a"], 2) end,
      fn -> update_in([a: 1], ["a"], & &1) end,
      fn -> put_in([a: [b: 1]], [:a, "b"], 2) end,
      fn -> pop_in([a: 1], ["a"]) end,
      fn -> Keyword.get_and_update([], :a, fn _ -> raise "x" end) end,
      fn -> Keyword.get_and_update([a: 1], :a, fn _ -> raise "x" end) end,
      fn -> Keyword.get_and_update([a: 1], :a, fn _ -> 1 end) end,
      fn -> Keyword.get_and_update([], :a, fn _ -> 1 end) end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e -> show.(e.__struct__, __STACKTRACE__)
  end
end
