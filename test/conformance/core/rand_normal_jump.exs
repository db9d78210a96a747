# :rand.normal/normal_s (OTP's ziggurat, fast and slow paths) and :rand.jump/0,1 for every
# algorithm, seeded: the BEAM's numbers exactly
for alg <- [:exsss, :exsp, :exsplus, :exrop, :exs1024, :exs1024s, :exs64], seed <- [{1, 2, 3}, 42, 987_654_321] do
  s = :rand.seed_s(alg, seed)
  {xs, s} = Enum.map_reduce(1..400, s, fn _, s -> :rand.normal_s(s) end)
  IO.puts("#{alg} #{inspect(seed)} #{Enum.sum(xs)} #{inspect(Enum.take(xs, 3))} #{Enum.min(xs)} #{Enum.max(xs)}")

  jumped =
    try do
      {x, _} = :rand.uniform_s(1_000_000, :rand.jump(s))
      x
    rescue
      e -> inspect(e)
    end

  IO.puts("jump #{inspect(jumped)}")

  twice =
    try do
      :rand.export_seed_s(:rand.jump(:rand.jump(s)))
    rescue
      e -> e
    end

  IO.puts(inspect(twice, limit: :infinity) |> String.slice(0, 70))
end

:rand.seed(:exsss, 5)
IO.inspect({:rand.normal(), :rand.normal(10, 4), :rand.normal(1.5, 0.25)})
IO.inspect(:rand.jump() |> :rand.export_seed_s())
IO.inspect(:rand.uniform())
{x, s} = :rand.normal_s(1, 2, :rand.seed_s(:exrop, 1))
IO.inspect({x, :rand.export_seed_s(s)})

for bad <- [
      quote(do: :rand.normal(1, -1)),
      quote(do: :rand.normal(:a, 1)),
      quote(do: :rand.normal(1, :a)),
      quote(do: :rand.normal_s(1, 0, :rand.seed_s(:exsss, 1))),
      quote(do: :rand.normal_s(1, :a, :rand.seed_s(:exsss, 1))),
      quote(do: :rand.jump(:rand.seed_s(:exs64, 1)))
    ] do
  try do
    Code.eval_quoted(bad)
  rescue
    e -> IO.puts(Exception.format_banner(:error, e))
  end
end
