# :lists functions that take a fun show OTP 25's frames when the fun raises or returns a bad
# value, or the list is improper or not a list: helper names (foldl_1, map_1, the filter
# comprehension), lists.erl lines, body recursion (map_1 under map_1, collapsed as the BEAM does),
# arguments of function_clause frames. Found from fuzz-diff seed 881301 (a fun failing under
# :lists.foldl showed lists.erl:17).
# f1 fails on 9, true on odd, false on even; f2 fails when first is 9
f1 = fn 9 -> raise "x"; x -> rem(x, 2) == 1 end
fm = fn 9 -> raise "x"; x -> if rem(x, 2) == 1, do: {true, x}, else: false end
fl = fn 9 -> raise "x"; x -> [x] end
f2 = fn 9, _ -> raise "x"; x, a -> {x, a} end
f2n = fn 9, _ -> raise "x"; x, a -> x + a end
kf = fn 9 -> raise "x"; x -> x end
calls = fn l -> [
  all: fn -> :lists.all(f1, l) end, any: fn -> :lists.any(&(not f1.(&1)), l) end,
  dropwhile: fn -> :lists.dropwhile(f1, l) end, takewhile: fn -> :lists.takewhile(f1, l) end,
  filter: fn -> :lists.filter(f1, l) end, filtermap: fn -> :lists.filtermap(fm, l) end,
  zf: fn -> :lists.zf(fm, l) end, flatmap: fn -> :lists.flatmap(fl, l) end,
  foldl: fn -> :lists.foldl(f2n, 0, l) end, foldr: fn -> :lists.foldr(f2n, 0, l) end,
  foreach: fn -> :lists.foreach(kf, l) end, keymap: fn -> :lists.keymap(kf, 1, Enum.map(l, &{&1})) end,
  map: fn -> :lists.map(kf, l) end, mapfoldl: fn -> :lists.mapfoldl(f2, 0, l) end,
  mapfoldr: fn -> :lists.mapfoldr(f2, 0, l) end, partition: fn -> :lists.partition(f1, l) end,
  search: fn -> :lists.search(&(f1.(&1) and false), l) end, splitwith: fn -> :lists.splitwith(f1, l) end,
  zipwith: fn -> :lists.zipwith(f2, l, l) end, zipwith3: fn -> :lists.zipwith3(fn a, _, _ -> kf.(a) end, l, l, l) end,
  uniq: fn -> :lists.uniq(kf, l) end
] end
show = fn st -> st |> Enum.filter(&(elem(&1, 0) == :lists)) |> Enum.map_join(" ", fn {_, f, a, loc} -> "#{f}/#{if is_list(a), do: length(a), else: a}@#{loc[:line]}" end) end
for {tag, l} <- [first: [9, 1], third: [1, 3, 9, 5], fifth: [1, 1, 3, 5, 9], improper: [1, 3 | :x], notlist: :x, empty_improper: [1 | 2]] do
  IO.puts("== #{tag}")
  for {n, c} <- calls.(l) do
    r = try do {:ok, c.()} rescue e -> {:raised, e.__struct__, show.(__STACKTRACE__)} end
    IO.puts("#{n}: #{inspect(r)}")
  end
end
f1 = fn x -> rem(x, 2) == 1 end
fm = f1
f2 = fn x, a -> {x, a} end
f2n = fn x, a -> x + a end
kf = fn x -> x end
l = [1 | :x]
calls = [
  all: fn -> :lists.all(f1, l) end, any: fn -> :lists.any(&(not f1.(&1)), l) end,
  dropwhile: fn -> :lists.dropwhile(f1, l) end, takewhile: fn -> :lists.takewhile(f1, l) end,
  filtermap: fn -> :lists.filtermap(fm, l) end, flatmap: fn -> :lists.flatmap(&[&1], l) end,
  foldl: fn -> :lists.foldl(f2n, 0, l) end, foldr: fn -> :lists.foldr(f2n, 0, l) end,
  map: fn -> :lists.map(kf, l) end, mapfoldl: fn -> :lists.mapfoldl(f2, 0, l) end,
  mapfoldr: fn -> :lists.mapfoldr(f2, 0, l) end, partition: fn -> :lists.partition(f1, l) end,
  search: fn -> :lists.search(&(f1.(&1) and false), l) end, splitwith: fn -> :lists.splitwith(f1, l) end,
  zipwith: fn -> :lists.zipwith(f2, l, l) end, zipwith3: fn -> :lists.zipwith3(fn a, _, _ -> kf.(a) end, l, l, l) end,
  uniq: fn -> :lists.uniq(kf, l) end, filter: fn -> :lists.filter(f1, l) end,
  map_nf: fn -> :lists.map(:x, [1]) end, foldl_nf: fn -> :lists.foldl(:x, 0, [1]) end, all_nf: fn -> :lists.all(:x, [1]) end,
  filter_nf: fn -> :lists.filter(:x, [1]) end, filter_nb: fn -> :lists.filter(fn _ -> :maybe end, [1]) end,
  all_nb: fn -> :lists.all(fn _ -> :maybe end, [1]) end, filtermap_nb: fn -> :lists.filtermap(fn _ -> :maybe end, [1]) end,
  mapfoldl_nt: fn -> :lists.mapfoldl(fn _, _ -> :maybe end, 0, [1]) end, takewhile_nb: fn -> :lists.takewhile(fn _ -> :maybe end, [1]) end,
  uniq_nf: fn -> :lists.uniq(:x, [1]) end, foldr_nf: fn -> :lists.foldr(:x, 0, [1]) end, flatmap_nl: fn -> :lists.flatmap(fn x -> x end, [1, 2]) end
]
for {n, c} <- calls do
  r = try do {:ok, c.()} rescue e -> {Exception.message(e), hd(__STACKTRACE__)} end
  IO.puts("#{n}: #{inspect(r)}")
end

# the whole report of an uncaught failure inside :lists.map's recursion
defmodule Deep do
  def run(l), do: :lists.map(fn 9 -> raise ArgumentError, "nine"; x -> x end, l)
end

try do
  Deep.run([1, 2, 3, 4, 9])
rescue
  e -> IO.puts(Exception.format(:error, e, __STACKTRACE__))
end
