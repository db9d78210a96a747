# Enum.dedup/1, Enum.concat/1 and Enum.flat_map/2 over enumerables that are not lists, failing or not:
# Elixir 1.14's frames (dedup/1 under a remote Enum.reduce/3; concat/1 through concat_enum/1, also for
# a list whose later element is no list; flat_map/2's fn listing another enumerable with to_list/1).
# Found by fuzz-diff seed 963021.
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e -> IO.inspect({e.__struct__, Enum.reject(__STACKTRACE__, &(elem(&1, 0) in [Main, :elixir_compiler_0, :elixir_compiler, :elixir_lexical]))}, label: label)
    end
  end

  def run do
    show("dedup str", fn -> Enum.dedup("  pad  ") end)
    show("dedup set", fn -> Enum.dedup(MapSet.new([1, 2])) end)
    show("dedup range", fn -> Enum.dedup(1..3) end)
    show("dedup stream", fn -> Enum.dedup(Stream.map([1, 1, 2, 1.0, 1], & &1)) end)
    show("concat bin", fn -> Enum.concat(<<255>>) end)
    show("concat mixed", fn -> Enum.concat([[1], :x]) end)
    show("concat set ok", fn -> Enum.concat(MapSet.new([[1], [2]])) end)
    show("concat ok", fn -> Enum.concat([[1], 2..3, MapSet.new([4])]) end)
    show("flat_map map", fn -> Enum.flat_map(%{z: []}, fn {k, v} -> {v, k} end) end)
    show("flat_map set", fn -> Enum.flat_map(MapSet.new([1]), fn x -> x end) end)
    show("flat_map ok", fn -> Enum.flat_map(MapSet.new([1, 2]), fn x -> 1..x end) end)
  end
end

Main.run()
