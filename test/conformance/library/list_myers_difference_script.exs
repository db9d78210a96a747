# List.myers_difference/2 moves an insertion ahead of an equal run holding the same elements
# (eq xs, ins xs, eq ys reads as ins xs, eq xs ++ ys) when edits come before it;
# List.myers_difference/3 asks its script on insertions as on deletions (see the calls it got).
IO.inspect(List.myers_difference([3, 2, 0, 2], [2, 2, 0, 2]))
IO.inspect(List.myers_difference([2, 0, 2], [2, 2, 0, 2]))
IO.inspect(List.myers_difference([3, 2, 1, 0, 2], [2, 1, 2, 1, 0, 2]))
IO.inspect(List.myers_difference([7, 1, 7, 1, 8], [1, 1, 7, 1, 1, 8]), charlists: :as_lists)
IO.inspect(List.myers_difference(~w(x a b c), ~w(a b a b c)))

script = fn x, y ->
  send(self(), {:asked, x, y})
  if x + 1 == y, do: [x], else: nil
end

calls = fn ->
  {:messages, messages} = Process.info(self(), :messages)
  for _ <- messages, do: receive(do: (_ -> :ok))
  Enum.map(messages, fn {:asked, x, y} -> {x, y} end)
end

IO.inspect(List.myers_difference([3, 2, 0, 2], [2, 2, 1, 0, 2], script))
IO.inspect(calls.())
IO.inspect(List.myers_difference([1, 5], [2, 6], script))
IO.inspect(calls.())
IO.inspect(List.myers_difference([4, 4, 1, 2], [5, 1, 2, 2, 3], script))
IO.inspect(calls.())
IO.inspect(List.myers_difference(["a", "db", "c"], ["a", "bc"], &String.myers_difference/2))
