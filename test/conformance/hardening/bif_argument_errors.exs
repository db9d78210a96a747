# OTP 25's error_info for :ets.insert/2 (both arguments named when both are wrong), term_to_binary/2's
# options and register/2 (with the cause it records), as Elixir 1.14 words them.
x = Process.get(:nothing_here, :a)
show = fn label, f ->
  try do
    f.()
    IO.puts("#{label}: ok")
  rescue
    e ->
      {_, _, _, loc} = hd(__STACKTRACE__)
      IO.puts("#{label}: #{inspect(Exception.message(e))} #{inspect(loc[:error_info])}")
  end
end
t = :ets.new(:t, [])
t2 = :ets.new(:t2, [keypos: 2])
for {l, f} <- [atom: fn -> :ets.insert(t, x) end, list_atom: fn -> :ets.insert(t, [x]) end, empty: fn -> :ets.insert(t, {}) end,
               list_empty: fn -> :ets.insert(t, [{}]) end, improper: fn -> :ets.insert(t, [{1} | x]) end,
               short: fn -> :ets.insert(t2, {1}) end, list_short: fn -> :ets.insert(t2, [{1}]) end,
               badtab_atom: fn -> :ets.insert(:nope, x) end, badtab_list: fn -> :ets.insert(:nope, [x]) end,
               badtab_empty: fn -> :ets.insert(:nope, {}) end, badtab_ok: fn -> :ets.insert(:nope, {1}) end,
               new_atom: fn -> :ets.insert_new(t, x) end, new_badtab: fn -> :ets.insert_new(:nope, x) end,
               new_list: fn -> :ets.insert_new(t, [x]) end, fine: fn -> :ets.insert(t, [{1}, {2, 3}]) end] do
  show.(l, f)
end
for opts <- [[:bogus], [compressed: 10], [minor_version: 3], [:compressed, {:compressed, 3}, {:minor_version, 1}, :deterministic], [x], x] do
  show.("term_to_binary #{inspect(opts)}", fn -> :erlang.term_to_binary(1, opts) end)
end
dead = spawn(fn -> :ok end)
ref = Process.monitor(dead)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
show.("register dead", fn -> :erlang.register(:baz, dead) end)
show.("register not a pid", fn -> :erlang.register(:baz, x) end)
show.("register undefined", fn -> :erlang.register(:undefined, self()) end)
show.("register not an atom", fn -> :erlang.register("x", self()) end)
show.("register", fn -> :erlang.register(:me, self()) end)
show.("register has a name", fn -> :erlang.register(:other, self()) end)
other = spawn(fn -> Process.sleep(1000) end)
show.("register taken", fn -> :erlang.register(:me, other) end)
