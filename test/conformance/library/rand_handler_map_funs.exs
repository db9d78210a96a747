# A :rand state is {handler map, algorithm state}; OTP 25's handler map holds the algorithm's
# funs (next, uniform, uniform_n, jump where it has them), funs of rand.erl's own functions, and
# they step the state as :rand's functions do.
for alg <- [:exs64, :exsplus, :exsp, :exsss, :exs1024, :exs1024s, :exrop, :exro928ss] do
  {handler, s} = state = :rand.seed_s(alg, {1, 2, 3})
  IO.inspect(handler, label: alg)

  for {key, f} <- Enum.sort(Map.to_list(handler)), is_function(f) do
    info = Map.new(:erlang.fun_info(f))
    IO.inspect({key, info.module, info.name, info.arity, info.index, info.type})
  end

  {word, _} = handler.next.(s)
  IO.inspect(word, label: "next")
  if handler[:uniform], do: IO.inspect(elem(handler.uniform.(state), 0), label: "uniform")
  if handler[:uniform_n], do: IO.inspect(elem(handler.uniform_n.(1000, state), 0), label: "uniform_n")
  if handler[:jump], do: IO.inspect(state |> handler.jump.() |> :rand.uniform_s() |> elem(0), label: "jump")
end

# the map stays through the functions that step a state and the process's own state
{x, {handler, _}} = :rand.uniform_s(:rand.seed_s(:exrop, 5))
IO.inspect({x, Map.keys(handler)})
:rand.seed(:exsss, 7)
{handler, _} = :rand.jump()
IO.inspect(Map.keys(handler))
IO.inspect(:rand.export_seed())
