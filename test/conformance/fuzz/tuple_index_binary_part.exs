# Tuple.insert_at/delete_at/duplicate/append/to_list are :erlang.insert_element(i + 1, ...),
# delete_element, make_tuple, append_element, tuple_to_list as Elixir inlines them: a float index
# is "not an integer", a non-number fails in +, make_tuple calls any bad size out of range;
# binary_part on a bitstring takes whole bytes only; Enum.at/fetch on an improper list fail as
# Elixir's slicing does (length/1, drop_list/2, take_list/2)
import Bitwise
cases = [
  fn -> Tuple.delete_at({1, 2}, 0.1) end,
  fn -> Tuple.delete_at({1}, %{a: 1}) end,
  fn -> Tuple.delete_at({1}, 1 <<< 70) end,
  fn -> Tuple.delete_at(:x, 0) end,
  fn -> Tuple.delete_at({1, 2}, 1) end,
  fn -> Tuple.insert_at({1}, 0.5, :a) end,
  fn -> Tuple.insert_at({1}, 1, :a) end,
  fn -> Tuple.insert_at({1}, 2, :a) end,
  fn -> Tuple.insert_at(:b, :a, 1) end,
  fn -> Tuple.duplicate(1, :a) end,
  fn -> Tuple.duplicate(1, 1.5) end,
  fn -> Tuple.duplicate(:z, 2) end,
  fn -> Tuple.append(:a, 1) end,
  fn -> Tuple.to_list(:a) end,
  fn -> :erlang.insert_element(1.1, {1}, 0) end,
  fn -> :erlang.delete_element(:a, :b) end,
  fn -> :erlang.make_tuple(-1, 1) end,
  fn -> binary_part(<<1::12>>, 0, 1) end,
  fn -> binary_part(<<1::12>>, 0, 2) end,
  fn -> binary_part(<<1, 2>>, 0, 3) end,
  fn -> binary_part(<<1, 2>>, 1.0, 1) end,
  fn -> binary_part(<<1, 2>>, 2, -1) end,
  fn -> Enum.at([1 | 2], 1) end,
  fn -> Enum.at([1 | 2], 0) end,
  fn -> Enum.at([1, 2 | 3], 5) end,
  fn -> Enum.at([1, 2 | 3], -1) end,
  fn -> Enum.fetch([1, 2], -3) end,
  fn -> Enum.at([1, 2], -2) end,
  fn -> Enum.fetch!([1], 3) end
]
for {f, i} <- Enum.with_index(cases) do
  try do
    IO.inspect(f.(), label: i)
  rescue
    e -> IO.puts("#{i}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end
Tuple.delete_at({1}, 0.5)
