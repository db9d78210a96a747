# Macro.to_string/1 line breaking, a second fixed corpus: structs and maps (also map updates),
# def heads with long guards, unary operators and captures in front of broken calls, `not in`
# and module attributes with lists, right-associative chains (<>) broken one operand per line
# until the rest fits, list tails, no-parens calls (raise, use, import, for), fns as arguments,
# access chains, chained assignments, a clause head whose guard goes under it
long = String.duplicate("x", 60)
mid = String.duplicate("z", 40)
cases = [
  quote(do: %MyStruct{field_one: unquote(long), field_two: unquote(long)}),
  quote(do: %{unquote(long) => 1, unquote(long) => 2}),
  quote(do: %{map | a: unquote(long), b: unquote(long)}),
  quote(do: def some_function(%{key: value} = arg, other) when is_binary(value) and is_integer(other) and other > 100 do :ok end),
  quote(do: fun.(unquote(long), unquote(long))),
  quote(do: list[unquote(long)][unquote(long)]),
  quote(do: x = y = some_call(unquote(long), unquote(long))),
  quote(do: &some_function(&1, unquote(long), unquote(long))),
  quote(do: x not in [unquote(long), unquote(long)]),
  quote(do: !some_function(unquote(long), unquote(long))),
  quote(do: for(x <- list, into: %{}, do: {x, unquote(long) <> unquote(long)})),
  quote(do: fn x -> case x do 1 -> unquote(long); _ -> unquote(long) <> unquote(long) end end),
  quote(do: if(a, do: (if b, do: unquote(long) <> unquote(long), else: 1), else: 2)),
  quote(do: [[unquote(long), unquote(long)], [unquote(mid)]]),
  quote(do: [a: [unquote(long), unquote(long)], b: 1]),
  quote(do: f(a, [unquote(long), unquote(long)])),
  quote(do: f([unquote(long), unquote(long)], a)),
  quote(do: f(%{a: unquote(long), b: unquote(long)})),
  quote(do: some.deeply.nested.call(unquote(long), unquote(long))),
  quote(do: Module.function(unquote(mid), unquote(mid)) |> other_function(unquote(mid))),
  quote(do: {:ok, value} = some_call(unquote(long), unquote(long))),
  quote(do: unquote(mid) <> unquote(mid) <> unquote(mid) <> unquote(mid)),
  quote(do: a + b * unquote(long) - unquote(long) / c),
  quote(do: [unquote(mid), unquote(mid), unquote(mid), unquote(mid) | rest]),
  quote(do: @attr [unquote(long), unquote(long)]),
  quote(do: raise(ArgumentError, "message " <> unquote(long) <> unquote(long))),
  quote(do: use(GenServer, restart: :temporary, shutdown: 10_000, some_long_option_name: unquote(long))),
  quote(do: import(Kernel, except: [some_function: 1, another_function: 2, yet_another: 3, more_functions: 4])),
  quote(do: (a; b)),
  quote(do: (def(a, do: 1); def(b, do: 2))),
  quote(do: case x do {:ok, value} when is_binary(value) and byte_size(value) > 100 and value != unquote(long) -> value; _ -> nil end),
  quote(do: receive do msg -> msg end),
  quote(do: try do a rescue ArgumentError -> :x catch :exit, _ -> :y after cleanup(unquote(long), unquote(long)) end),
  quote(do: "interp #{unquote(long)} and #{some_call(unquote(long))} end"),
  quote(do: ~s(sigil #{x} text)),
  quote(do: <<a::binary-size(4), rest::binary>> = unquote(long) <> unquote(long)),
  quote(do: {a, b} = {unquote(long), unquote(long)}),
  quote(do: f(fn -> 1 end, fn -> unquote(long) <> unquote(long) end)),
  quote(do: Enum.reduce(list, %{}, fn {k, v}, acc -> Map.put(acc, k, v) end)),
  quote(do: Enum.reduce(list_with_a_long_name, %{initial: :accumulator}, fn {key, value}, accumulator -> Map.put(accumulator, key, value) end)),
]

for {q, i} <- Enum.with_index(cases) do
  IO.puts("-- #{i}")
  IO.puts(Macro.to_string(q))
end
