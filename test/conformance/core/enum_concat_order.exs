# Enum.concat/1 joins the leading lists as they are, then walks each remaining enumerable left to
# right: the first element that is no enumerable is the one that fails. Found by fuzz-diff seed 52316.
t = fn f ->
  try do
    f.()
  rescue
    e -> {e.__struct__, Exception.message(e)}
  end
end

IO.inspect(t.(fn -> Enum.concat([c: [], c: {1}, c: %{}]) end))
IO.inspect(t.(fn -> Enum.concat([[1], {2}, %{3 => 4}, :x]) end))
IO.inspect(t.(fn -> Enum.concat([[1], [2], 3..4, %{b: 1, a: 2}, MapSet.new([9, 8])]) end))
IO.inspect(t.(fn -> Enum.concat([[1], Stream.map([2, 3], &(send(self(), &1) && &1)), :bad]) end))
IO.inspect(t.(fn -> Enum.concat(Stream.map([[1], 2..3], & &1)) end))
IO.inspect(t.(fn -> Enum.concat([]) end))
IO.inspect(t.(fn -> Enum.concat([[], [[1]], []]) end))
IO.inspect(Process.info(self(), :messages))
