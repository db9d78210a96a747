# Tuple.sum/1 and Tuple.product/1 failing: their frames name Elixir 1.14's lines of lib/tuple.ex
# (145/148 and 164/167; beamlet named its own file's lines).
for {f, t} <- [{&Tuple.sum/1, {1, :a}}, {&Tuple.sum/1, {:a, 1, 2}}, {&Tuple.product/1, {2, :b}}, {&Tuple.sum/1, :x}, {&Tuple.product/1, :x}] do
  try do
    f.(t)
  rescue
    e ->
      IO.inspect(e.__struct__)
      __STACKTRACE__ |> Enum.filter(&(elem(&1, 0) in [Tuple, :erlang])) |> Enum.each(&IO.inspect/1)
  end
end
