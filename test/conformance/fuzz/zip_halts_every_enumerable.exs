# When one enumerable of a zip ends, every other is halted in its order, also those not started
# yet, as Elixir's Stream.zip_with does (found by fuzz-diff seed 31001: Enum.zip(%{}, fn x -> x
# end) gave [] where Elixir raises Protocol.UndefinedError; a Stream.resource not yet started is
# opened and closed; beamlet closed the started ones last to first)
res = fn name ->
  Stream.resource(
    fn -> IO.puts("start #{name}"); 0 end,
    fn x -> if x < 2, do: {[x], x + 1}, else: {:halt, x} end,
    fn _ -> IO.puts("after #{name}") end
  )
end

IO.inspect(Enum.zip([[], res.(:a)]))
IO.inspect(Enum.zip([res.(:a), [], res.(:b)]))
IO.inspect(Enum.zip([res.(:a), res.(:b), [1]]))
IO.inspect(Enum.zip([res.(:a), 1..5, res.(:b)]))
IO.inspect(Enum.zip(res.(:a), res.(:b)))
IO.inspect(Enum.zip_with([[1], res.(:b)], & &1))
IO.inspect(Enum.zip_reduce([[1], res.(:b)], [], &[&1 | &2]))
IO.inspect(Stream.zip([[1], res.(:b)]) |> Enum.to_list())
IO.inspect(Stream.zip([[1, 2], res.(:b)]) |> Enum.take(1))

for args <- [[[], :x], [%{}, fn x -> x end], [[1], :x], [:x, []], [1..0//1, :y]] do
  for {name, f} <- [zip: &Enum.zip/1, zip_with: &Enum.zip_with(&1, fn x -> x end), zip_reduce: &Enum.zip_reduce(&1, [], fn x, acc -> [x | acc] end), stream: &(Stream.zip(&1) |> Enum.to_list())] do
    try do
      IO.inspect(f.(args), label: name)
    rescue
      e -> IO.puts("#{name}: #{inspect(e.__struct__)} #{inspect(e.value)}")
    end
  end
end
