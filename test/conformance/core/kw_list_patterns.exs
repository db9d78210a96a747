defmodule Opts do
  def describe([]), do: "no options"
  def describe([{:verbose, true} | rest]), do: "verbose, " <> describe(rest)
  def describe([{k, v} | rest]), do: "#{k}=#{inspect(v)}, " <> describe(rest)
end

IO.puts(Opts.describe(verbose: true, level: 3, name: "x"))
IO.puts(Opts.describe([]))
[first: f, second: s] = [first: 1, second: 2]
IO.inspect({f, s})
opts = [a: 1, b: 2, a: 3]
IO.inspect(for {:a, v} <- opts, do: v)
IO.inspect(Keyword.get_values(opts, :a))
IO.inspect(Enum.map(opts, fn {k, v} -> "#{k}#{v}" end))
IO.inspect(Keyword.keys(opts) |> Enum.uniq())
IO.inspect(opts ++ [c: 4])
IO.inspect(Keyword.delete_first(opts, :a))
IO.inspect(List.keyfind(opts, :a, 0))
IO.inspect([{:x, 1}] == [x: 1])
