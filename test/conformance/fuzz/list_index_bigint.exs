# An index beyond any list (an integer too big for a machine word, either sign) is out of range
# for the List *_at functions, as any other: no FunctionClauseError. Enum.fetch!/2 wants an integer
big = 123456789012345678901234567890
for {name, f} <- [
  pop_at: fn -> List.pop_at([1], big) end,
  pop_at_neg: fn -> List.pop_at([1], -big) end,
  pop_at_default: fn -> List.pop_at([1, 2], big, :none) end,
  delete_at: fn -> List.delete_at([1], big) end,
  delete_at_neg: fn -> List.delete_at([1], -big) end,
  insert_at: fn -> List.insert_at([1], big, 0) end,
  insert_at_neg: fn -> List.insert_at([1], -big, 0) end,
  replace_at: fn -> List.replace_at([1], big, 0) end,
  replace_at_neg: fn -> List.replace_at([1], -big, 0) end,
  update_at: fn -> List.update_at([1], big, & &1) end,
  enum_at: fn -> Enum.at([1], big) end,
  enum_at_neg: fn -> Enum.at([1], -big) end,
  fetch_bang_range: fn -> Enum.fetch!(1..2, 1..2) end,
  fetch_bang_atom: fn -> Enum.fetch!([1], :a) end,
  fetch_bang_big: fn -> Enum.fetch!([1], big) end,
] do
  try do
    IO.inspect(f.(), label: name)
  rescue
    e -> IO.inspect({name, e})
  end
end
