# A Registry call on an unknown registry fails where Elixir 1.14's does: info!/1 (writers, line
# 1373) or key_info!/1 (readers, 1382) under the public function at its own line, the meta
# functions raising themselves (meta/2 with its longer message), start_link/1's option checks,
# :via on a duplicate registry, and a dispatch callback called from dispatch/4 itself
# (beamlet's frames named its own lines and helpers: lib/registry.ex:71, tables/3, key_tables/2)
{:ok, _} = Registry.start_link(keys: :unique, name: U)
{:ok, _} = Registry.start_link(keys: :duplicate, name: D)
Registry.register(D, :k, 1)

calls = [
  {"register", fn -> Registry.register(:nope, :k, 1) end},
  {"lookup", fn -> Registry.lookup(:nope, :k) end},
  {"unregister", fn -> Registry.unregister(:nope, :k) end},
  {"keys", fn -> Registry.keys(:nope, self()) end},
  {"count", fn -> Registry.count(:nope) end},
  {"meta", fn -> Registry.meta(:nope, :k) end},
  {"put_meta", fn -> Registry.put_meta(:nope, :k, 1) end},
  {"delete_meta", fn -> Registry.delete_meta(:nope, :k) end},
  {"dispatch", fn -> Registry.dispatch(:nope, :k, fn _ -> :ok end) end},
  {"match", fn -> Registry.match(:nope, :k, :_) end},
  {"select", fn -> Registry.select(:nope, []) end},
  {"count_match", fn -> Registry.count_match(:nope, :k, :_) end},
  {"count_select", fn -> Registry.count_select(:nope, []) end},
  {"update_value", fn -> Registry.update_value(:nope, :k, & &1) end},
  {"update_value dup", fn -> Registry.update_value(D, :k, & &1) end},
  {"values", fn -> Registry.values(:nope, :k, self()) end},
  {"unregister_match", fn -> Registry.unregister_match(:nope, :k, :_) end},
  {"whereis_name", fn -> Registry.whereis_name({:nope, :k}) end},
  {"whereis_name dup", fn -> Registry.whereis_name({D, :k}) end},
  {"register_name", fn -> Registry.register_name({:nope, :k}, self()) end},
  {"register_name/3", fn -> Registry.register_name({:nope, :k, 3}, self()) end},
  {"unregister_name", fn -> Registry.unregister_name({:nope, :k}) end},
  {"send", fn -> Registry.send({:nope, :k}, :hi) end},
  {"start bad keys", fn -> Registry.start_link(keys: :bad, name: X) end},
  {"start name", fn -> Registry.start_link(keys: :unique, name: "x") end},
  {"start no name", fn -> Registry.start_link(keys: :unique) end},
  {"start meta", fn -> Registry.start_link(keys: :unique, name: Z, meta: [1]) end},
  {"start partitions", fn -> Registry.start_link(keys: :unique, name: Y, partitions: 0) end},
  {"start listeners", fn -> Registry.start_link(keys: :unique, name: Z, listeners: [1]) end},
  {"dispatch raising", fn -> Registry.dispatch(D, :k, fn _ -> raise "x" end) end}
]

for {name, f} <- calls do
  try do
    f.()
  rescue
    e ->
      st = __STACKTRACE__
      IO.puts("#{name}: #{Exception.message(e)}")
      # the library's frames and the first frame below them (not as frame lines: the goldens drop those)
      {lib, rest} = Enum.split_while(st, fn {m, _, _, _} -> m == Registry end)
      for {mod, fun, args, loc} <- lib ++ Enum.take(rest, 1), do: IO.inspect({mod, fun, if(is_list(args), do: length(args), else: args), loc[:line]})
  end
end
