# Enum.max/min with a sorter (or a compare module) on a list: folded by Enum.aggregate_list/3 as in
# Elixir 1.14, so an improper tail fails there (its clauses shown), a compare module's failure
# shows max_sort_fun's fun and aggregate_list's frames, and an empty list raises in max/2's fun-0
show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e.__struct__, Exception.message(e), __STACKTRACE__ |> Enum.take(3)})
  end
end
show.(fn -> Enum.max([3, 1 | 2], &>=/2) end)
show.(fn -> Enum.min([1 | 2], &<=/2) end)
show.(fn -> Enum.max([1, 2 | 2], Date) end)
show.(fn -> Enum.min([1, 2 | 2], Date) end)
show.(fn -> Enum.max([], &>=/2) end)
show.(fn -> Enum.min(%{}, &>=/2) end)
show.(fn -> {Enum.max([1, 1.0], &>=/2), Enum.max([1.0, 1], &>/2), Enum.min([1, 1.0, 0.0, -0.0], &<=/2), Enum.max([], fn -> :e end), Enum.min(1..5, &>=/2), Enum.max(%{a: 1}, &>=/2)} end)
show.(fn -> Enum.max([~D[2020-01-02], ~D[2020-01-01]], Date) end)
Enum.max([1, 2 | 3], &>=/2)
