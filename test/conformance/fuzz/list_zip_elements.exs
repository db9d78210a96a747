# List.zip/1 as Elixir 1.14 runs it (found by fuzz-diff seed 16001): an element that is no list or
# tuple is the private List.to_list/1's FunctionClauseError under do_zip/2's converter and the
# inlined :lists.mapfoldl/3 (beamlet: ArgumentError); an improper tail ends at its own round
for args <- [[1..3, [1]], [[1], 1..2], [[1], :a], [%{a: 1}, [2]], [[1, 2], [3 | 4]], [[1, 2], {3, 4}, [5, 6, 7]], [], [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, :x]], [[1], [2], [3], :q], {1}, [[1 | 2]], [[]]] do
  try do
    IO.inspect(List.zip(args))
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e))
      for {m, f, a, loc} <- Enum.take_while(__STACKTRACE__, &(elem(&1, 1) != :__FILE__)), do: IO.inspect({m, f, a, loc[:line]})
  end
end
