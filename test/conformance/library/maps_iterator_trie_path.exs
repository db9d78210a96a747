# :maps.iterator/next on maps past 32 keys: the first step answers 32 pairs and ends in
# [path | map], the path pointing into the BEAM's hash trie (slot indexes, four bits a level);
# a later step answers the rest. Bad paths are erts_internal:map_next's badarg.
defmodule Walk do
  def walk(it, keys, paths) do
    case it do
      :none -> {Enum.reverse(keys), Enum.reverse(paths)}
      [p | m] when is_integer(p) -> walk(:maps.next([p | m]), keys, [p | paths])
      {k, _v, rest} -> walk(rest, [k | keys], paths)
    end
  end
end

for n <- [33, 40, 64, 100, 257] do
  m = Map.new(1..n, &{&1 * 7919, &1})
  {keys, paths} = Walk.walk(:maps.iterator(m), [], [])
  IO.inspect({n, paths, keys == Enum.reverse(Map.keys(m)), Enum.take(keys, 3)})
  {_, paths} = Walk.walk(:maps.iterator(Map.new(1..n, &{{:t, &1}, &1})), [], [])
  IO.inspect(paths)
  {_, paths} = Walk.walk(:maps.iterator(Map.new(1..n, &{"s#{&1}", &1})), [], [])
  IO.inspect(paths)
end

m = Map.new(1..40, &{&1, &1 * 2})
{k, v, it} = :maps.next(:maps.iterator(m))
IO.inspect({k, v})
IO.inspect(it, limit: :infinity)
IO.inspect(:maps.next([1 | m]), limit: 8)
IO.inspect(:maps.next([0x13 | m]), limit: 8)

for path <- [0x7777, 0xF, -1, 0x123456789ABCDEF0123] do
  try do
    IO.inspect(:maps.next([path | m]), limit: 4)
  rescue
    e -> IO.inspect({path, e, hd(__STACKTRACE__)})
  end
end
