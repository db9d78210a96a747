kind = fn
  x when is_integer(x) and x in 1..9 -> :digit
  x when is_integer(x) -> :int
  x when is_float(x) and x == trunc(x) -> :whole_float
  x when is_float(x) -> :float
  <<c, _::binary>> when c in ?A..?Z -> :capitalized
  s when is_binary(s) -> :string
  [h | _] when is_atom(h) -> :atom_list
  {:ok, v} when not is_nil(v) -> :ok_value
  _ -> :other
end
for v <- [5, 50, 2.0, 2.5, "Hello", "hello", [:a], {:ok, 1}, {:ok, nil}, []] do
  IO.puts("#{inspect(v)} -> #{kind.(v)}")
end
check = fn m ->
  case m do
    %{role: r} when r in [:admin, :owner] -> :privileged
    %{age: a} when is_integer(a) and a >= 18 -> :adult
    %{} when map_size(m) == 0 -> :empty
    _ -> :basic
  end
end
IO.inspect(Enum.map([%{role: :admin}, %{age: 20}, %{}, %{age: 3}], check))
IO.inspect(Enum.filter([1, "a", :b, 2.0, nil], &(is_number(&1) or is_nil(&1))))
