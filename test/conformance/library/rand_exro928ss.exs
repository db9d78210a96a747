# :rand with the exro928ss algorithm (Xoroshiro928**): seeding from a triple, an integer and a list,
# uniform/uniform_real/normal/bytes/wide ranges, jump and the exported exro928_* helpers
for seed <- [{1, 2, 3}, 42, [5, 6, 7]] do
  :rand.seed(:exro928ss, seed)
  IO.inspect({Enum.map(1..5, fn _ -> :rand.uniform(1000) end), :rand.uniform(), :rand.normal(), :rand.uniform_real(), :rand.bytes(9), :rand.uniform(Bitwise.bsl(1, 70))})
end
s = :rand.seed_s(:exro928ss, 42)
{x, s} = :rand.uniform_s(s); IO.inspect(x)
{x, s} = :rand.uniform_real_s(s); IO.inspect(x)
{_, st} = :rand.export_seed_s(s); IO.inspect(st)
IO.inspect(:rand.jump(s) |> :rand.uniform_s() |> elem(0))
IO.inspect(:rand.exro928_jump_2pow20(st))
IO.inspect(:rand.exro928_next(st))
IO.inspect(:rand.exro928_next_state(st) == elem(:rand.exro928_next(st), 1))
IO.inspect(:rand.exro928_seed(7))
:rand.seed(:exro928ss, 99); :rand.jump(); IO.inspect(:rand.uniform(10**6))
IO.inspect(Enum.map(1..40, fn _ -> :rand.uniform(100) end))
IO.inspect(:rand.seed(:exro928ss, 1) |> elem(1) |> elem(0) |> length)
for bad <- [[], [0, 0], Enum.to_list(1..17), [:x]] do
  try do
    :rand.seed(:exro928ss, bad)
  rescue
    e -> IO.inspect(e)
  end
end
