# Enum.at/fetch/fetch! go through Elixir's slice_forward/4: a non-enumerable fails in
# Enumerable.slice/1 under it (slice_count_and_fun/2 for a negative index), a stream that fails
# under slice_enum/5, an improper list in take_list/2; an Enumerable's own slice function is
# called (its count bounds the index, a negative index counts from it)
defmodule Bag do
  defstruct items: []
end

defimpl Enumerable, for: Bag do
  def reduce(%Bag{items: i}, acc, f), do: Enumerable.List.reduce(i, acc, f)
  def count(%Bag{items: i}), do: {:ok, length(i)}
  def member?(_, _), do: {:error, __MODULE__}

  def slice(%Bag{items: i}) do
    {:ok, length(i), fn start, len, step -> IO.inspect({:slice, start, len, step}); Enum.slice(i, start, len) end}
  end
end

defmodule Try do
  def go(name, f) do
    try do
      IO.inspect({name, f.()})
    rescue
      e ->
        frames = Enum.map(__STACKTRACE__, fn {m, f, a, loc} -> {m, f, if(is_list(a), do: length(a), else: a), loc[:line]} end)
        IO.inspect({name, e.__struct__, Enum.take(frames, 5)}, limit: :infinity)
    end
  end
end

defmodule Main do
  def run do
    Try.go(:at, fn -> Enum.at(nil, 0) end)
    Try.go(:at_default, fn -> Enum.at(:nope, 2, :d) end)
    Try.go(:at_negative, fn -> Enum.at(nil, -1) end)
    Try.go(:fetch, fn -> Enum.fetch(nil, 0) end)
    Try.go(:fetch_negative, fn -> Enum.fetch(nil, -1) end)
    Try.go(:fetch_bang, fn -> Enum.fetch!(nil, 0) end)
    Try.go(:fetch_out, fn -> Enum.fetch!([1], 3) end)
    Try.go(:at_stream, fn -> Enum.at(Stream.map([1, 2], fn x -> if x == 2, do: raise("s"), else: x end), 1) end)
    Try.go(:at_improper, fn -> Enum.at([1 | 2], 1) end)
    Try.go(:at_bad_index, fn -> Enum.at([1], :a) end)
    Try.go(:bag, fn -> Enum.at(%Bag{items: [1, 2, 3]}, 1) end)
    Try.go(:bag_negative, fn -> Enum.at(%Bag{items: [1, 2, 3]}, -1) end)
    Try.go(:bag_out, fn -> Enum.fetch(%Bag{items: [1, 2, 3]}, 3) end)
    Try.go(:bag_before, fn -> Enum.fetch(%Bag{items: [1, 2, 3]}, -4) end)
    Try.go(:range, fn -> {Enum.at(1..10, 3), Enum.at(1..10, -3), Enum.at(1..3, 5)} end)
    Try.go(:map, fn -> {Enum.at(%{a: 1, b: 2}, -1), Enum.fetch(%{a: 1}, 0)} end)
    Try.go(:mapset, fn -> Enum.at(MapSet.new([3, 1]), 0) end)
    Try.go(:iterate, fn -> Enum.at(Stream.iterate(1, &(&1 * 2)), 10) end)
    Try.go(:stream_negative, fn -> Enum.fetch(Stream.map([1, 2], & &1), -1) end)
    Try.go(:list, fn -> {Enum.at([1, 2], 1), Enum.at([1, 2], -2), Enum.at([1, 2], -3), Enum.fetch([], 0)} end)
  end
end

Main.run()

defmodule Config do
  def port(args), do: args |> Keyword.get(:ports) |> Enum.at(0)
end

IO.inspect(Config.port(ports: [4000]))
Config.port([])
