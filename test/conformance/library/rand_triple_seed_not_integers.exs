# a traditional {A1, A2, A3} seed holding a non-integer fails as OTP 25's rand.erl does: in the
# first arithmetic each algorithm's seeding does on the first such member, under that operator's
# frame and rand.erl's lines (beamlet raised a FunctionClauseError of the seeding function)
for alg <- [:exsss, :exsp, :exsplus, :exrop, :exs1024, :exs1024s, :exs64, :exro928ss], pos <- 0..2, bad <- [:a, 1.5] do
  seed = put_elem({1, 2, 3}, pos, bad)
  try do
    :rand.seed_s(alg, seed)
    IO.puts "#{alg} #{pos} #{inspect bad}: ok"
  rescue
    e ->
      IO.puts "#{alg} #{pos} #{inspect bad}: #{inspect e.__struct__}"
      __STACKTRACE__ |> Enum.take_while(&(elem(&1, 0) in [:rand, :erlang])) |> Enum.each(&IO.puts("  " <> inspect(&1)))
  end
end

for alg <- [:exsss, :exsp, :exrop, :exs1024, :exs64, :exro928ss], seed <- [{:a, :b, 3}, {1, :b, :c}, {:a, 2, :c}] do
  try do
    :rand.seed_s(alg, seed)
  rescue
    e ->
      IO.puts "#{alg} #{inspect seed}: #{inspect e.__struct__}"
      __STACKTRACE__ |> Enum.take_while(&(elem(&1, 0) in [:rand, :erlang])) |> Enum.take(2) |> Enum.each(&IO.puts("  " <> inspect(&1)))
  end
end

:rand.seed(:exsss, {1, 2, :a})
