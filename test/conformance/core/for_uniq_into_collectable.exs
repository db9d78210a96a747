# for with uniq: true and a non-empty :into goes through the Collectable protocol, each new value
# given to the collectable's fun as it is made (a map's fun refuses a non-pair with
# FunctionClauseError). Found by fuzz-diff seed 52316.
t = fn f ->
  try do
    f.()
  rescue
    e -> {e.__struct__, Exception.message(e)}
  end
end

IO.inspect(t.(fn -> for x <- [1, 1, 2], into: %{z: 0}, uniq: true, do: {x} end))
IO.inspect(t.(fn -> for <<x <- "héllo">>, into: %{z: 0}, uniq: true, do: {x} end))
IO.inspect(t.(fn -> for x <- [1, 1, 2], into: %{z: 0}, uniq: true, do: {x, x} end))
IO.inspect(t.(fn -> for x <- [3, 1, 3, 2, 1], into: MapSet.new([5]), uniq: true, do: x * 2 end))
IO.inspect(t.(fn -> for x <- [1, 1, 2], into: "a", uniq: true, do: <<x + 48>> end))
IO.inspect(t.(fn -> for x <- [1, 2], y <- [1, 2], into: %{}, uniq: true, do: {x + y, x} end))
IO.inspect(t.(fn -> for x <- [1, :a, 1, 2], into: %{z: 0}, uniq: true, do: (send(self(), x); {x, x}) end))
IO.inspect(t.(fn -> for x <- [1, 2, 3], into: %{z: 0}, uniq: true, do: (if x == 3, do: raise("at 3"), else: {x, x}) end))
IO.inspect(Process.info(self(), :messages))
