# Enum.into/2,3, join/2, map_join/3 and map_intersperse/3 as Elixir 1.14 runs them: which element
# is transformed or converted first (a failing one leaves the rest untouched), which error a bad
# element gives (:maps.from_list's ArgumentError for a list into an empty map, a MatchError in
# into/3's fn for a non-empty one, Collectable.Map's FunctionClauseError for a range), the
# collectable told :halt when the enumeration fails, and the frames of into_map/1,2,
# into_protocol/2,3 with reduce_into_protocol/3,4, map_intersperse_list/3 (body-recursive) and
# map_intersperse/3's fns. (A Collectable impl's fn frame is left out: on the BEAM it names no
# file or line, beamlet's does.)
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
      for {m, f, a, loc} <- __STACKTRACE__, m not in [Collectable.BitString, Collectable.Map, :elixir_compiler_0, :elixir_compiler, :elixir_lexical, Module.ParallelChecker, Code],
          do: IO.inspect({m, to_string(f), if(is_list(a), do: length(a), else: a), loc[:file], loc[:line]})
  end
end

t = fn x -> IO.write("#{inspect(x)} "); x end

for {name, enum} <- [list: [1, 2], kw: [a: 1, b: 2], map: %{a: 1, b: 2}, range: 1..2, mapset: MapSet.new([1, 2])] do
  show.("into %{} #{name}", fn -> Enum.into(enum, %{}, t) end)
  show.("into %{z} #{name}", fn -> Enum.into(enum, %{z: 0}, t) end)
  show.("into [] #{name}", fn -> Enum.into(enum, [], t) end)
  show.("into mapset #{name}", fn -> Enum.into(enum, MapSet.new(), t) end)
  show.("into string #{name}", fn -> Enum.into(enum, "", t) end)
  show.("into2 %{} #{name}", fn -> Enum.into(enum, %{}) end)
  show.("into2 %{z} #{name}", fn -> Enum.into(enum, %{z: 0}) end)
  show.("into2 string #{name}", fn -> Enum.into(enum, "") end)
  show.("map_join #{name}", fn -> Enum.map_join(enum, ",", t) end)
  show.("map_intersperse #{name}", fn -> Enum.map_intersperse(enum, ",", t) end)
  show.("join #{name}", fn -> Enum.join(enum, ",") end)
  show.("join empty #{name}", fn -> Enum.join(enum) end)
  show.("into atom #{name}", fn -> Enum.into(enum, :a, t) end)
end

show.("into3 map2 map", fn -> Enum.into(%{b: 2}, %{a: 1}, fn {_k, v} -> v end) end)
show.("join empty list", fn -> Enum.join([1, {1}, 2]) end)
show.("join sep list", fn -> Enum.join([1, {2}], ",") end)
show.("map_join range", fn -> Enum.map_join(1..3, ",", fn 2 -> {2}; x -> x end) end)
show.("map_join list", fn -> Enum.map_join([1, 2, 3], ",", fn 2 -> {2}; x -> x end) end)
show.("map_join list last", fn -> Enum.map_join([1, 2], ",", fn 2 -> {2}; x -> x end) end)
show.("map_join list first", fn -> Enum.map_join([1, 2], fn 1 -> {2}; x -> x end) end)
show.("map_join raises", fn -> Enum.map_join([1, 2, 3], ",", fn 3 -> raise "three"; x -> x end) end)
show.("map_intersperse range", fn -> Enum.map_intersperse(1..3, ",", fn 2 -> raise "x"; x -> x end) end)
show.("map_intersperse range 1", fn -> Enum.map_intersperse(1..3, ",", fn 1 -> raise "x"; x -> x end) end)
show.("map_intersperse improper", fn -> Enum.map_intersperse([1 | 2], ",", & &1) end)
show.("map_join improper", fn -> Enum.map_join([1 | 2], ",", & &1) end)

# a collectable whose enumeration fails is told :halt
defmodule Probe do
  defstruct []

  defimpl Collectable do
    def into(p) do
      {[], fn
        acc, {:cont, x} -> [x | acc]
        acc, :done -> {p, acc}
        _acc, :halt -> IO.puts("halted")
      end}
    end
  end
end

show.("probe halt", fn -> Enum.into([1, 2], struct(Probe), fn 2 -> raise "two"; x -> x end) end)
show.("probe halt range", fn -> Enum.into(1..3, struct(Probe), fn 2 -> raise "two"; x -> x end) end)
show.("probe done", fn -> Enum.into([1, 2], struct(Probe)) end)
