# List.replace_at/insert_at/update_at/delete_at/pop_at on improper lists and with raising funs:
# the exception and the library's frames as Elixir 1.14's (do_replace_at/3 and friends are
# body-recursive there: one frame of the recursive call, whatever the depth)
long = Enum.reduce(10..1, 11, fn x, acc -> [x | acc] end)

cases = [
  replace_past_tail: fn -> List.replace_at([1, 2, 3 | 4], 5, :x) end,
  replace_deep: fn -> List.replace_at(long, 20, :x) end,
  replace_at_tail: fn -> List.replace_at([1 | 2], 1, :x) end,
  replace_inside: fn -> List.replace_at([1, 2, 3 | 4], 1, :x) end,
  replace_negative: fn -> List.replace_at([1, 2, 3 | 4], -1, :x) end,
  replace_proper: fn -> List.replace_at([1, 2, 3], -2, :x) end,
  replace_far_negative: fn -> List.replace_at([1, 2, 3], -9, :x) end,
  insert_past_tail: fn -> List.insert_at([1, 2, 3 | 4], 5, :x) end,
  insert_append: fn -> List.insert_at([1, 2, 3 | 4], -1, :x) end,
  insert_negative: fn -> List.insert_at(long, -3, :x) end,
  insert_inside: fn -> List.insert_at([1, 2, 3 | 4], 1, :x) end,
  insert_at_tail: fn -> List.insert_at([1, 2, 3 | 4], 3, :x) end,
  insert_proper: fn -> {List.insert_at([1, 2, 3], -2, :x), List.insert_at([1, 2], -7, :x), List.insert_at([1], 9, :x)} end,
  update_past_tail: fn -> List.update_at([1, 2, 3 | 4], 5, &(&1 * 10)) end,
  update_deep: fn -> List.update_at(long, 20, &(&1 * 10)) end,
  update_negative: fn -> List.update_at([1, 2, 3 | 4], -1, &(&1 * 10)) end,
  update_inside: fn -> List.update_at([1, 2, 3 | 4], 2, &(&1 * 10)) end,
  update_proper: fn -> {List.update_at([1, 2, 3], -1, &(&1 * 10)), List.update_at([1, 2, 3], -4, &(&1 * 10))} end,
  update_raises_deep: fn -> List.update_at([1, 2, 3], 2, fn _ -> raise "boom" end) end,
  update_raises_first: fn -> List.update_at([1, 2, 3], 0, fn _ -> raise "boom" end) end,
  update_raises_negative: fn -> List.update_at([1, 2, 3], -2, fn _ -> raise "boom" end) end,
  delete_past_tail: fn -> List.delete_at([1, 2, 3 | 4], 5) end,
  delete_negative: fn -> List.delete_at([1, 2, 3 | 4], -1) end,
  pop_past_tail: fn -> List.pop_at([1, 2, 3 | 4], 5) end,
  bad_index: fn -> List.replace_at([1, 2], :a, :x) end,
  bad_list: fn -> List.insert_at(:nope, 0, :x) end
]

for {name, fun} <- cases do
  try do
    IO.inspect({name, fun.()})
  rescue
    e ->
      frames = Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m in [List, :erlang] end)
      IO.inspect({name, e, frames})
  end
end
