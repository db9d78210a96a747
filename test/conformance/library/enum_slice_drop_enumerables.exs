# Enum.slice/2,3 and Enum.drop/2 over enumerables that are no list: a stream is reduced only as far
# as the slice needs (an infinite one can be sliced), ranges, maps and MapSets through their slice
# functions (with Elixir 1.14's own results for stepped slices), negative bounds counted first; a
# non-enumerable fails in Enumerable.slice/1 or reduce/3 under Elixir's frames
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    naturals = Stream.iterate(0, &(&1 + 1))
    m = %{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6}
    set = MapSet.new(1..9)
    show("stream 2..4", fn -> Enum.slice(naturals, 2..4) end)
    show("stream 2, 3", fn -> Enum.slice(naturals, 2, 3) end)
    show("stream 2..10//3", fn -> Enum.slice(naturals, 2..10//3) end)
    show("cycle 2..9//3", fn -> Enum.slice(Stream.cycle([1, 2, 3]), 2..9//3) end)
    show("cycle 5, 4", fn -> Enum.slice(Stream.cycle([1, 2, 3]), 5, 4) end)
    show("finite stream -3, 2", fn -> Enum.slice(Stream.map(1..9, & &1), -3, 2) end)
    show("finite stream 2..-2//3", fn -> Enum.slice(Stream.map(1..9, & &1), 2..-2//3) end)
    show("map 0..3//2", fn -> Enum.slice(m, 0..3//2) end)
    show("map 1..-1//2", fn -> Enum.slice(m, 1..-1//2) end)
    show("map -5..-2//2", fn -> Enum.slice(m, -5..-2//2) end)
    show("map 1..5", fn -> Enum.slice(m, 1..5) end)
    show("range 1..20//2, 0..6//2", fn -> Enum.slice(1..20//2, 0..6//2) end)
    show("range 1..10, 8..20//4", fn -> Enum.slice(1..10, 8..20//4) end)
    show("range -3..-1", fn -> Enum.slice(1..10, -3..-1) end)
    show("set 0..5//2", fn -> Enum.slice(set, 0..5//2) end)
    show("set 5..2", fn -> Enum.slice(set, 5..2) end)
    show("set 4, 100", fn -> Enum.slice(set, 4, 100) end)
    show("set -4, 2", fn -> Enum.slice(set, -4, 2) end)
    show("set -40, 2", fn -> Enum.slice(set, -40, 2) end)
    show("list 1..-1//2", fn -> Enum.slice('abcdef', 1..-1//2) end)
    show("list -10..1", fn -> Enum.slice([1, 2, 3], -10..1) end)
    show("list 3..1//1", fn -> Enum.slice([1, 2, 3, 4, 5], 3..1//1) end)
    show("drop stream 3", fn -> Enum.drop(Stream.map(1..9, & &1), 3) end)
    show("drop stream -3", fn -> Enum.drop(Stream.map(1..9, & &1), -3) end)
    show("drop set 0", fn -> Enum.drop(set, 0) end)
    show("drop map 2", fn -> Enum.drop(m, 2) end)
    show("drop map -2", fn -> Enum.drop(m, -2) end)
    show("drop range -1", fn -> Enum.drop(1..10//3, -1) end)
    show("slice(1, 0..1)", fn -> Enum.slice(1, 0..1) end)
    show("slice(1, 0, 1)", fn -> Enum.slice(1, 0, 1) end)
    show("slice(1, -1, 1)", fn -> Enum.slice(1, -1, 1) end)
    show("slice(1, 0..-1)", fn -> Enum.slice(1, 0..-1) end)
    show("slice(1, 1..-1//2)", fn -> Enum.slice(1, 1..-1//2) end)
    show("slice(1, -2..-1)", fn -> Enum.slice(1, -2..-1) end)
    show("drop(1, 0)", fn -> Enum.drop(1, 0) end)
    show("drop(1, 2)", fn -> Enum.drop(1, 2) end)
    show("drop(1, -2)", fn -> Enum.drop(1, -2) end)
    show("at(1, -1)", fn -> Enum.at(1, -1) end)
    show("at([1 | 2], -1)", fn -> Enum.at([1 | 2], -1) end)
  end
end

Main.run()
