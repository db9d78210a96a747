# Where a library function's failure points, as on Elixir 1.14 / OTP 25: Elixir functions beamlet runs
# as BIFs fail in their own clause (the function with no clause, its default arguments, its frame),
# inlined ones reached through apply/3 fail as the real function does, :maps failures carry
# the :maps frame (and maps.erl's line for the functions OTP writes in Erlang).
x = Process.get(:nothing_here, :a)
show = fn label, f ->
  try do
    f.()
  rescue
    e -> IO.inspect({label, e, hd(__STACKTRACE__)})
  end
end
for {m, f, a} <- [{Integer, :to_string, [x]}, {Integer, :to_charlist, [x]}, {String, :to_integer, [x]},
                  {String, :duplicate, [x, 1]}, {String, :to_float, [x]}, {Process, :exit, [x, 1]},
                  {Map, :keys, [x]}, {Map, :values, [x]}, {Map, :to_list, [x]}, {Float, :to_string, [x]},
                  {Float, :round, [x]}, {String, :upcase, [x]}, {List, :first, [x]}, {Integer, :digits, [x]},
                  {Keyword, :get, [x, 1]}, {Float, :to_charlist, [x]}] do
  show.({m, f}, fn -> apply(m, f, a) end)
end
show.("Float.to_string", fn -> Float.to_string(x) end)
show.("String.upcase", fn -> String.upcase(x) end)
show.("Map.keys", fn -> Map.keys(x) end)
show.("Map.values", fn -> Map.values(x) end)
show.("Map.to_list", fn -> Map.to_list(x) end)
show.("maps.get/2", fn -> :maps.get(1, x) end)
show.("maps.get/2 key", fn -> :maps.get(1, %{}) end)
show.("maps.get/3", fn -> :maps.get(1, x, 2) end)
show.("maps.find", fn -> :maps.find(1, x) end)
show.("maps.remove", fn -> :maps.remove(1, x) end)
show.("maps.merge", fn -> :maps.merge(x, x) end)
show.("maps.merge 2nd", fn -> :maps.merge(%{}, x) end)
show.("maps.is_key", fn -> :maps.is_key(1, x) end)
show.("maps.size", fn -> :maps.size(x) end)
show.("maps.take", fn -> :maps.take(1, x) end)
show.("maps.update", fn -> :maps.update(1, 2, x) end)
show.("maps.update key", fn -> :maps.update(1, 2, %{}) end)
show.("maps.with", fn -> :maps.with([1], x) end)
show.("maps.without", fn -> :maps.without([1], x) end)
show.("maps.from_list", fn -> :maps.from_list(x) end)
show.("exit/2", fn -> :erlang.exit(x, 1) end)
