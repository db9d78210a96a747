# Registry's failures as Elixir 1.14's: the exception and the frames of Registry, :ets and :erlang
# (Registry.send/2's badarg names lib/registry.ex:259, inside its body, not its first clause)
{:ok, _} = Registry.start_link(keys: :unique, name: R)
{:ok, _} = Registry.start_link(keys: :duplicate, name: D)
tries = [
  send_missing: fn -> Registry.send({R, :nope}, :hi) end,
  send_bad: fn -> Registry.send({:no_such_registry, :k}, :hi) end,
  whereis_bad: fn -> Registry.whereis_name({:no_such_registry, :k}) end,
  register_bad: fn -> Registry.register(:no_such_registry, :k, 1) end,
  lookup_bad: fn -> Registry.lookup(:no_such_registry, :k) end,
  dispatch_bad: fn -> Registry.dispatch(:no_such_registry, :k, fn _ -> :ok end) end,
  dispatch_dup: fn -> Registry.dispatch(D, :k, fn _ -> raise "x" end) end,
  keys_bad: fn -> Registry.keys(:no_such_registry, self()) end,
  unregister_bad: fn -> Registry.unregister(:no_such_registry, :k) end,
  update_value_dup: fn -> Registry.update_value(D, :k, & &1) end,
  meta_bad: fn -> Registry.meta(:no_such_registry, :k) end,
  put_meta_bad: fn -> Registry.put_meta(:no_such_registry, :k, 1) end,
  count_bad: fn -> Registry.count(:no_such_registry) end,
  match_bad: fn -> Registry.match(:no_such_registry, :k, :_) end,
  select_bad: fn -> Registry.select(:no_such_registry, [{{:_, :_, :_}, [], [:"$_"]}]) end,
  select_spec: fn -> Registry.select(R, :bad) end,
  count_match_bad: fn -> Registry.count_match(:no_such_registry, :k, :_) end,
  values_bad: fn -> Registry.values(:no_such_registry, :k, self()) end,
  unregister_match_bad: fn -> Registry.unregister_match(:no_such_registry, :k, :_) end,
  register_name_dup: fn -> Registry.register_name({D, :k}, self()) end,
  unregister_name_bad: fn -> Registry.unregister_name({:no_such_registry, :k}) end,
  delete_meta_bad: fn -> Registry.delete_meta(:no_such_registry, :k) end,
  count_select_bad: fn -> Registry.count_select(:no_such_registry, []) end,
  start_bad: fn -> Registry.start_link(keys: :bad, name: X) end,
  start_bad2: fn -> Registry.start_link(keys: :unique) end,
  start_bad3: fn -> Registry.start_link(keys: :unique, name: X2, partitions: 0) end,
  child_spec_bad: fn -> Registry.child_spec([]) end,
  via_dup: fn -> Agent.start_link(fn -> 1 end, name: {:via, Registry, {D, :a}}) end,
]
for {name, f} <- tries do
  try do
    IO.inspect({name, f.()})
  rescue
    e -> IO.inspect({name, e, Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m in [Registry, :ets, Registry.Partition, :erlang] end)})
  catch
    k, v -> IO.inspect({name, k, v})
  end
end
