# :rand's functional API and its state: seed_s, uniform_s, export_seed, reseeding from an exported
# state, the process dictionary's :rand_seed, and the errors of bad arguments
{x, s1} = :rand.uniform_s(10, :rand.seed_s(:exrop, 99))
{y, s2} = :rand.uniform_s(s1)
IO.inspect({x, y, elem(s2, 1)})

:rand.seed(:exsss, 2024)
exported = :rand.export_seed()
IO.inspect(exported)
a = for _ <- 1..5, do: :rand.uniform(100)
:rand.seed(exported)
b = for _ <- 1..5, do: :rand.uniform(100)
IO.inspect({a, a == b})

IO.inspect(:rand.seed_s({:exsss, [5 | 6]}) |> :rand.uniform_s() |> elem(0))
IO.inspect(:rand.export_seed_s(:rand.seed_s(:exs1024, {1, 2, 3})) |> elem(0))
IO.inspect(elem(Process.get(:rand_seed), 1))
IO.inspect(Map.take(elem(:rand.seed(:default, 1), 0), [:type, :bits]))

spawn(fn -> IO.inspect({:child, :rand.export_seed()}) end)
Process.sleep(100)

for bad <- [
      fn -> :rand.uniform(0) end,
      fn -> :rand.uniform(1.5) end,
      fn -> :rand.seed(:foo) end,
      fn -> :rand.seed(:exsss, [0, 0]) end,
      fn -> :rand.seed(:exsss, [1, :a]) end,
      fn -> :rand.seed(:exsss, [1, 2, 3]) end
    ] do
  try do
    bad.()
  rescue
    e -> IO.puts(Exception.message(e) |> String.split("\n") |> hd())
  end
end
