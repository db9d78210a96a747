# Enum functions that enumerate a non-list through their own (inlined) reduce show their own frame
# under the protocol's when the enumeration fails, as Elixir 1.14's: all?/1 and any?/1 (not all?/2
# and any?/2), split/2 and shuffle/1 and take_random/2 (not reverse/1, to_list/1 or reduce/3 below
# them); split/2 with a negative count goes through reverse/1. Results on good enumerables unchanged.
defmodule Main do
  def show(label, f) do
    try do
      f.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("Enum.all?(1)", fn -> Enum.all?(1) end)
    show("Enum.any?(1)", fn -> Enum.any?(1) end)
    show("Enum.split(1, 1)", fn -> Enum.split(1, 1) end)
    show("Enum.split(1, -1)", fn -> Enum.split(1, -1) end)
    show("Enum.split(1, :a)", fn -> Enum.split(1, :a) end)
    show("Enum.shuffle(1)", fn -> Enum.shuffle(1) end)
    show("Enum.take_random(1, 1)", fn -> Enum.take_random(1, 1) end)
    show("Enum.take_random(1, 3)", fn -> Enum.take_random(1, 3) end)
    show("Enum.take_random(1, 0)", fn -> Enum.take_random(1, 0) end)

    IO.inspect({Enum.all?(1..3), Enum.all?(MapSet.new([1, nil])), Enum.all?(%{}), Enum.all?(Stream.map([1, false], & &1))})
    IO.inspect({Enum.any?(1..3), Enum.any?(MapSet.new([nil])), Enum.any?(%{a: 1}), Enum.any?(Stream.map([nil, 2], & &1))})
    IO.inspect({Enum.split(%{a: 1, b: 2, c: 3}, 1), Enum.split(%{a: 1, b: 2, c: 3}, -1), Enum.split(1..5, 2)})
    IO.inspect({Enum.split(1..5, -2), Enum.split(MapSet.new([3, 1, 2]), 2), Enum.split([1, 2, 3], -1), Enum.split([1, 2], 5)})
    :rand.seed(:exsss, {1, 2, 3})
    IO.inspect({Enum.shuffle(1..10), Enum.take_random(1..20, 1), Enum.take_random(1..20, 5), Enum.shuffle([1, 2, 3])})
    IO.inspect({Enum.take_random(%{a: 1, b: 2}, 1), Enum.take_random(MapSet.new([1, 2, 3]), 2), Enum.shuffle(%{a: 1})})
  end
end

Main.run()
