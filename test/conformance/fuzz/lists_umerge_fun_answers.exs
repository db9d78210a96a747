# :lists.umerge/3 (found by fuzz-diff-enum): OTP 25's pairs, its dropping of equal elements of
# the second list, and a CaseClauseError in its own helper for an answer that is not a boolean.
t = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end

m = fn _, _ -> :maybe end
t.(fn -> :lists.umerge(m, [5, 3], [1 | :x]) end)
t.(fn -> :lists.umerge(m, [5, 3], [1, 2]) end)
t.(fn -> :lists.umerge(m, [], [1 | :x]) end)
t.(fn -> :lists.umerge(m, [5, 3], []) end)
t.(fn -> :lists.umerge(fn a, b -> a <= b end, [1, 3, 5], [1, 2, 5, 6]) end)
t.(fn -> :lists.umerge(fn a, b -> a >= b end, [5, 3, 1], [6, 5, 2, 1]) end)
t.(fn -> :lists.umerge(fn a, b -> a < b end, [1, 3, 5], [1, 2, 5, 6]) end)
t.(fn -> :lists.umerge(fn a, b -> a <= b end, [1, 1.0, 2], [1.0, 2.0, 2]) end)
t.(fn -> :lists.umerge(fn a, b -> a <= b end, [1, 4], [2 | :tail]) end)

for n <- [4, 7] do
  :lists.umerge(fn a, b -> IO.write("#{a}/#{b} "); rem(a, 3) <= rem(b, 3) end, Enum.to_list(1..n), [3, 4, 2, 5]) |> IO.inspect()
  :lists.umerge(fn a, b -> IO.write("#{a}/#{b} "); rem(a, 3) <= rem(b, 3) end, [3, 6, 1, 4], Enum.to_list(1..n)) |> IO.inspect()
end

# comparators answering from a script (true, false and now and then something else)
:rand.seed(:exsss, {7, 8, 9})

for _ <- 1..80 do
  l1 = for _ <- 1..(:rand.uniform(6) - 1), do: :rand.uniform(5)
  l2 = for _ <- 1..(:rand.uniform(6) - 1), do: :rand.uniform(5)
  answers = for _ <- 1..30, do: Enum.random([true, false, true, false, true, false, :x])
  {:ok, agent} = Agent.start_link(fn -> answers end)
  f = fn a, b -> Agent.get_and_update(agent, fn [h | t] -> IO.write("#{a}/#{b} "); {h, t} end) end
  t.(fn -> {l1, l2, :lists.umerge(f, l1, l2)} end)
  Agent.stop(agent)
end

# improper first lists
t.(fn -> :lists.umerge(fn a, b -> a <= b end, [1 | :x], [2]) end)
t.(fn -> :lists.umerge(fn a, b -> a <= b end, [3 | :x], [2]) end)
t.(fn -> :lists.umerge(fn a, b -> a <= b end, [1, 3 | :x], [2]) end)
