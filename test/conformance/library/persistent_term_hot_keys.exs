# :persistent_term read in a hot loop with the same literal key (compiled code): a miss, then a put
# of that key, new values put under it, an erase, a put again; equal keys built at run time and
# keys that are equal (==) but not exactly equal (1 and 1.0) read apart
defmodule Hot do
  def read(0, acc), do: Enum.reverse(acc)
  def read(n, acc), do: read(n - 1, [:persistent_term.get({:hot, :key}, :none) | acc])

  def built(tag), do: :persistent_term.get({tag, String.to_atom("key")}, :none)

  def step(i) do
    case i do
      2 -> :persistent_term.put({:hot, :key}, :first)
      4 -> :persistent_term.put({:hot, :key}, %{second: [1, 2]})
      6 -> :persistent_term.erase({:hot, :key})
      8 -> :persistent_term.put({:hot, :key}, "third")
      _ -> :ok
    end
  end
end

for i <- 1..9 do
  Hot.step(i)
  [first | _] = Hot.read(500, [])
  IO.inspect({i, first, Hot.built(:hot)})
end

:persistent_term.put({:num, 1}, :integer_one)
IO.inspect :persistent_term.get({:num, 1.0}, :no_float_key)
:persistent_term.put({:num, 1.0}, :float_one)
IO.inspect {:persistent_term.get({:num, 1}), :persistent_term.get({:num, 1.0})}
IO.inspect :persistent_term.erase({:num, 1})
IO.inspect {:persistent_term.get({:num, 1}, :gone), :persistent_term.get({:num, 1.0})}
IO.inspect :persistent_term.get(:atom_key, :none)
:persistent_term.put(:atom_key, 1)
IO.inspect :persistent_term.get(:atom_key, :none)
:persistent_term.erase(:atom_key)
try do :persistent_term.get(:atom_key) rescue e -> IO.inspect e end
