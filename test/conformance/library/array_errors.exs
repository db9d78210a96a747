# :array (lib/erlang/array.ex): errors as OTP 25's, with the frame each is raised in
fs = [
 {"set fixed", fn -> :array.set(5, :x, :array.new(3)) end},
 {"get fixed", fn -> :array.get(5, :array.new(3)) end},
 {"get neg", fn -> :array.get(-1, :array.new()) end},
 {"get atom", fn -> :array.get(:a, :array.new()) end},
 {"get notarr", fn -> :array.get(1, :x) end},
 {"set neg", fn -> :array.set(-1, 1, :array.new()) end},
 {"set notarr", fn -> :array.set(1, 1, :x) end},
 {"reset fixed", fn -> :array.reset(5, :array.new(3)) end},
 {"reset neg", fn -> :array.reset(-1, :array.new(3)) end},
 {"new neg", fn -> :array.new(-1) end},
 {"new foo", fn -> :array.new(foo: 1) end},
 {"new fixed bad", fn -> :array.new(fixed: :maybe) end},
 {"new size bad", fn -> :array.new(size: -2) end},
 {"new atom", fn -> :array.new(:x) end},
 {"new2 neg", fn -> :array.new(-1, []) end},
 {"new2 badopt", fn -> :array.new(1, [:bad]) end},
 {"new2 improper", fn -> :array.new(1, [:fixed | :bad]) end},
 {"from_list atom", fn -> :array.from_list(:x) end},
 {"from_list improper", fn -> :array.from_list([1, 2 | 3]) end},
 {"from_list improper long", fn -> :array.from_list(Enum.to_list(1..25) ++ :x) end},
 {"from_orddict unsorted", fn -> :array.from_orddict([{3, :a}, {1, :b}]) end},
 {"from_orddict bad", fn -> :array.from_orddict([:a]) end},
 {"from_orddict dup", fn -> :array.from_orddict([{1, :a}, {1, :b}]) end},
 {"from_orddict neg", fn -> :array.from_orddict([{-1, :a}]) end},
 {"from_orddict atom", fn -> :array.from_orddict(:x) end},
 {"size", fn -> :array.size(:x) end},
 {"default", fn -> :array.default(:x) end},
 {"fix", fn -> :array.fix(:x) end},
 {"relax", fn -> :array.relax(:x) end},
 {"is_fix", fn -> :array.is_fix(:x) end},
 {"resize neg", fn -> :array.resize(-1, :array.new()) end},
 {"resize x", fn -> :array.resize(:x) end},
 {"to_list", fn -> :array.to_list(:x) end},
 {"sparse_to_list", fn -> :array.sparse_to_list(:x) end},
 {"to_orddict", fn -> :array.to_orddict(:x) end},
 {"sparse_to_orddict", fn -> :array.sparse_to_orddict(:x) end},
 {"map nofun", fn -> :array.map(:f, :array.new()) end},
 {"map arity", fn -> :array.map(fn x -> x end, :array.new()) end},
 {"sparse_map nofun", fn -> :array.sparse_map(:f, :array.new()) end},
 {"foldl nofun", fn -> :array.foldl(:f, 0, :array.new()) end},
 {"foldr nofun", fn -> :array.foldr(:f, 0, :array.new()) end},
 {"sparse_foldl nofun", fn -> :array.sparse_foldl(:f, 0, :array.new()) end},
 {"sparse_foldr nofun", fn -> :array.sparse_foldr(:f, 0, :array.new()) end},
 {"sparse_size", fn -> :array.sparse_size(:x) end},
 {"from_orddict late bad", fn -> :array.from_orddict([{0, :a}, :b]) end},
 {"set atom index", fn -> :array.set(:a, 1, :array.new()) end},
 {"reset notarr", fn -> :array.reset(0, {:array}) end},
 {"resize atom", fn -> :array.resize(:a, :array.new()) end},
 {"foldl notarr", fn -> :array.foldl(fn _, _, a -> a end, 0, :x) end},
 {"from_list def", fn -> :array.from_list(:x, 0) end},
]
for {name, f} <- fs do
  try do
    IO.inspect({name, f.()})
  rescue
    e -> IO.inspect({name, e, hd(__STACKTRACE__)})
  catch
    k, v -> IO.inspect({name, k, v})
  end
end
# a callback's own error passes through
try do
  :array.map(fn _, _ -> raise "boom" end, :array.new(3))
rescue
  e -> IO.inspect(e)
end
try do
  :array.foldl(fn _, _, _ -> throw(:stop) end, 0, :array.from_list([1]))
catch
  x -> IO.inspect(x)
end
