# Keyword/List/Map/Access functions Elixir 1.14 added late: pop!, pop_first/3, pop_values,
# from_keys, get_and_update!, Map.pop!, List.keysort/3, keyfind!, ascii_printable?/2,
# myers_difference/3, Access.at!
try_it = fn label, f ->
  result =
    try do
      inspect(f.())
    rescue
      e -> "** (" <> inspect(e.__struct__) <> ") " <> Exception.message(e)
    end

  IO.puts(label <> ": " <> result)
end

kw = [b: 0, a: 1, c: 2, a: 3]
try_it.("pop!", fn -> Keyword.pop!(kw, :a) end)
try_it.("pop! missing", fn -> Keyword.pop!(kw, :z) end)
try_it.("pop! not a keyword", fn -> Keyword.pop!(%{}, :a) end)
try_it.("pop_first/3", fn -> Keyword.pop_first(kw, :a, :none) end)
try_it.("pop_first/3 missing", fn -> Keyword.pop_first(kw, :z, :none) end)
try_it.("pop_first/2", fn -> Keyword.pop_first(kw, :a) end)
try_it.("pop_values", fn -> Keyword.pop_values(kw, :a) end)
try_it.("pop_values string key", fn -> Keyword.pop_values(kw, "a") end)
try_it.("from_keys", fn -> Keyword.from_keys([:x, :y], 0) end)
try_it.("from_keys not a list", fn -> Keyword.from_keys(:x, 0) end)
try_it.("get_and_update!", fn -> Keyword.get_and_update!(kw, :a, &{&1, &1 * 100}) end)
try_it.("get_and_update! pop", fn -> Keyword.get_and_update!(kw, :a, fn _ -> :pop end) end)
try_it.("get_and_update! missing", fn -> Keyword.get_and_update!(kw, :z, &{&1, 0}) end)
try_it.("get_and_update! bad return", fn -> Keyword.get_and_update!(kw, :a, fn _ -> :bad end) end)

try_it.("Map.pop!", fn -> Map.pop!(%{a: 1, b: 2}, :a) end)
try_it.("Map.pop! missing", fn -> Map.pop!(%{a: 1}, :b) end)
try_it.("Map.pop! not a map", fn -> Map.pop!([], :b) end)

tuples = [{3, :c, "x"}, {1, :a, "y"}, {2, :b, "x"}, {1, :z, "w"}]
try_it.("keysort/3 asc", fn -> List.keysort(tuples, 0, :asc) end)
try_it.("keysort/3 desc", fn -> List.keysort(tuples, 0, :desc) end)
try_it.("keysort/3 fun", fn -> List.keysort(tuples, 2, &>=/2) end)
dates = [{"Ellis", ~D[1943-05-11]}, {"Lovelace", ~D[1815-12-10]}, {"Turing", ~D[1912-06-23]}]
try_it.("keysort/3 module", fn -> List.keysort(dates, 1, Date) end)
try_it.("keysort/3 {:desc, module}", fn -> List.keysort(dates, 1, {:desc, Date}) end)
try_it.("keysort/3 {:asc, module}", fn -> List.keysort(dates, 1, {:asc, Date}) end)
try_it.("keyfind!", fn -> List.keyfind!(tuples, :b, 1) end)
try_it.("keyfind! missing", fn -> List.keyfind!(tuples, :q, 1) end)
try_it.("ascii_printable?/2 within limit", fn -> List.ascii_printable?('abc' ++ [0], 3) end)
try_it.("ascii_printable?/2 past limit", fn -> List.ascii_printable?('abc' ++ [0], 4) end)
try_it.("ascii_printable?/2 improper", fn -> List.ascii_printable?('ab' ++ ?c, :infinity) end)
try_it.("ascii_printable?/2 bad limit", fn -> List.ascii_printable?('abc', -1) end)
try_it.("myers_difference/3", fn -> List.myers_difference([1, 2, 3], [1, 4, 3], fn a, b -> [a: a, b: b] end) end)
try_it.("myers_difference/3 strings", fn -> List.myers_difference(["a", "db", "c"], ["a", "bc"], &String.myers_difference/2) end)
try_it.("myers_difference/3 nil", fn -> List.myers_difference([1, 2], [3, 2], fn _, _ -> nil end) end)

try_it.("at! get", fn -> get_in([1, 2, 3], [Access.at!(1)]) end)
try_it.("at! negative", fn -> get_in([1, 2, 3], [Access.at!(-1)]) end)
try_it.("at! out of bounds", fn -> get_in([1, 2, 3], [Access.at!(5)]) end)
try_it.("at! update", fn -> update_in([[1], [2, 3]], [Access.at!(1), Access.at!(0)], &(&1 * 10)) end)
try_it.("at! get_and_update", fn -> get_and_update_in([1, 2, 3], [Access.at!(-1)], &{&1, &1 * 10}) end)
try_it.("at! pop", fn -> pop_in([1, 2, 3], [Access.at!(0)]) end)
try_it.("at! not a list", fn -> get_in(%{}, [Access.at!(0)]) end)
try_it.("at! update out of bounds", fn -> update_in([1], [Access.at!(3)], & &1) end)
try_it.("Process.get_keys/1", fn ->
  Process.put(:k1, :v)
  Process.put(:k2, :v)
  Process.put(:k3, :w)
  Enum.sort(Process.get_keys(:v))
end)
