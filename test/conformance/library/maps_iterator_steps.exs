# :maps.iterator/next as OTP 25 answers them: a small map's first step chains every pair
IO.inspect :maps.next(:maps.iterator(%{a: 1, b: 2}))
IO.inspect :maps.next(:maps.iterator(%{}))
IO.inspect :maps.next(:maps.iterator(%{a: 1}))
{k, v, it} = :maps.next(:maps.iterator(%{x: 1, y: 2, z: 3}))
IO.inspect {k, v}
IO.inspect :maps.next(it)

walk = fn walk, it, acc ->
  case :maps.next(it) do
    :none -> Enum.reverse(acc)
    {k, v, next} -> walk.(walk, next, [{k, v} | acc])
  end
end

m = Map.new(1..40, &{&1, &1 * 2})
IO.inspect walk.(walk, :maps.iterator(m), []) == Map.to_list(m)
IO.inspect walk.(walk, :maps.iterator(%{"b" => 1, "a" => 2}), [])
