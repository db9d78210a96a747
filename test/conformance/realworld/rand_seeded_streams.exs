# A seeded simulation picks from lists, ranges, maps and streams: Enum.random/1 of a stream (no
# slice) samples it as Enum.take_random/2 does, one :rand draw per element after the first, so
# every draw after it matches Elixir's sequence
defmodule Dice do
  def rolls(n), do: Stream.repeatedly(fn -> :rand.uniform(6) end) |> Enum.take(n)
end

defmodule Main do
  def reseed, do: :rand.seed(:exsss, {1, 2, 3})

  def run do
    reseed()
    IO.inspect(Dice.rolls(5), label: "rolls")
    IO.inspect(Enum.random(Stream.map(1..5, &(&1 * 10))), label: "stream pick")
    IO.inspect(Enum.random(Stream.filter(1..100, &(rem(&1, 7) == 0))), label: "filtered pick")
    IO.inspect(Enum.random(1..10), label: "range pick")
    IO.inspect(Enum.random(~w(red green blue)), label: "list pick")
    IO.inspect(Enum.random(%{a: 1, b: 2, c: 3}), label: "map pick")
    IO.inspect(Enum.random(MapSet.new(1..20)), label: "mapset pick")
    IO.inspect(Enum.random(Stream.cycle([:x, :y]) |> Stream.take(9)), label: "cycle pick")
    IO.inspect(Dice.rolls(3), label: "rolls after")

    for enumerable <- [Stream.map([], & &1), 5, Stream.map([1, 2], fn 2 -> raise "boom"; x -> x end)] do
      try do
        Enum.random(enumerable)
      rescue
        e ->
          IO.inspect(e)
          __STACKTRACE__ |> Enum.filter(&(elem(&1, 0) in [Enum, Enumerable])) |> Enum.each(&IO.inspect/1)
      end
    end
  end
end

Main.run()
