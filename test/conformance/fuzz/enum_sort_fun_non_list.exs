# Enum.sort/2 on ranges, maps, MapSets and streams with a fun (found by fuzz-diff-enum):
# the first comparison's result sets the direction and every later one counts only when it is
# equal to it; a first result that is not a boolean fails Enum.sort_merge/3 with the runs cut
# so far. Pairs the comparator sees and the order of equal elements are Elixir 1.14's.
defmodule Cmp do
  def maybe(_, _), do: :maybe
  def never(_, _), do: nil
  def first_true(a, _), do: if(a == 1, do: true, else: :x)
  def first_false(a, _), do: if(a == 1, do: false, else: nil)
end

t = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end

t.(fn -> Enum.sort(1..10//3, &+/2) end)
t.(fn -> Enum.sort(1..2, &Cmp.never/2) end)
t.(fn -> Enum.sort(1..1, &Cmp.never/2) end)
t.(fn -> Enum.sort(%{a: 1}, &Cmp.never/2) end)
t.(fn -> Enum.sort(%{a: 1, b: 2}, &Cmp.never/2) end)
t.(fn -> Enum.sort(Stream.map([3, 1, 2, 5], & &1), &Cmp.maybe/2) end)
t.(fn -> Enum.sort(MapSet.new([3, 1, 2, 5, 4]), &>=/2) end)
t.(fn -> Enum.sort(%{a: 1, b: 2, c: 0}, fn {_, x}, {_, y} -> x <= y end) end)
t.(fn -> Enum.sort(1..6, &Cmp.first_true/2) end)
t.(fn -> Enum.sort(1..6, &Cmp.first_false/2) end)
t.(fn -> Enum.sort(Stream.map([~D[2020-01-01], ~D[2019-01-01], ~D[2020-01-01]], & &1), Date) end)
t.(fn -> Enum.sort(Stream.map([~D[2020-01-01], ~D[2019-01-01], ~D[2020-01-01]], & &1), {:desc, Date}) end)

for n <- 0..12 do
  t.(fn -> Enum.sort(1..n, fn a, b -> rem(a * 7, 5) <= rem(b * 7, 5) end) end)
  t.(fn -> Enum.sort(1..n, fn a, b -> rem(a * 7, 5) >= rem(b * 7, 5) end) end)
end

# the pairs a comparator sees
for n <- [5, 9, 14] do
  Enum.sort(1..n, fn a, b -> IO.write("#{a}/#{b} "); rem(a * 3, 4) <= rem(b * 3, 4) end) |> IO.inspect()
  Enum.sort(1..n, fn a, b -> IO.write("#{a}/#{b} "); rem(a * 3, 4) >= rem(b * 3, 4) end) |> IO.inspect()
end

# equal elements (1 and 1.0) in every direction
:rand.seed(:exsss, {4, 5, 6})

for _ <- 1..60 do
  n = :rand.uniform(25)
  xs = for _ <- 1..n, do: Enum.random([1, 1.0, 2, 2.0, 3, 3.0, -0.0, 0, 0.0])
  r = for s <- [:asc, :desc, &<=/2, &>=/2, &</2, &>/2], do: Enum.sort(Stream.map(xs, & &1), s)
  IO.inspect({xs, r, Enum.sort(MapSet.new(xs), :desc), Enum.sort(Map.new(Enum.with_index(xs)), &>=/2)})
end

# comparators answering anything (true, false, :x, nil) from a script
:rand.seed(:exsss, {1, 2, 3})

for _ <- 1..40 do
  n = :rand.uniform(20)
  xs = for _ <- 1..n, do: :rand.uniform(6)
  answers = for _ <- 1..(n * n * 4), do: Enum.random([true, false, :x, nil])
  {:ok, agent} = Agent.start_link(fn -> answers end)
  f = fn _, _ -> Agent.get_and_update(agent, fn [h | t] -> {h, t}; [] -> {true, []} end) end

  r =
    try do
      Enum.sort(Stream.map(xs, & &1), f)
    rescue
      e in FunctionClauseError ->
        {Enum, :sort_merge, [runs, _, bool], _} = hd(__STACKTRACE__)
        {e.function, runs, bool}
    end

  IO.inspect({xs, r})
  Agent.stop(agent)
end
