# GenServer/:gen_server/Agent with every kind of server name: a bad name is a function_clause
# (in GenServer.whereis/1 or :gen.do_for_proc/2), {name, other_node} is not this node's :name
defmodule S do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:x, _, s), do: {:reply, s, s}
end
defmodule Main do
  def t(label, f) do
    r = try do
      {:ok, f.()}
    catch
      :exit, {{:function_clause, [frame | _]}, call} -> {:exit, {:function_clause, frame, call}}
      k, e -> {k, e}
    end
    IO.puts("#{label}: #{inspect(r)}")
  end
  def run do
    {:ok, _} = GenServer.start_link(S, 1, name: :s1)
    {:ok, _} = Registry.start_link(keys: :unique, name: R)
    {:ok, _} = GenServer.start_link(S, 2, name: {:via, Registry, {R, :k}})
    {:ok, _} = GenServer.start_link(S, 3, name: {:global, :g})
    t("whereis str", fn -> GenServer.whereis("s") end)
    t("whereis int", fn -> GenServer.whereis(1) end)
    t("whereis local", fn -> GenServer.whereis({:s1, node()}) end)
    t("whereis remote", fn -> GenServer.whereis({:s1, :other@host}) end)
    t("whereis tuple3", fn -> GenServer.whereis({:s1, :a, :b}) end)
    t("whereis {str,node}", fn -> GenServer.whereis({"s1", node()}) end)
    t("whereis via", fn -> GenServer.whereis({:via, Registry, {R, :k}}) |> is_pid end)
    t("whereis via missing", fn -> GenServer.whereis({:via, Registry, {R, :nope}}) end)
    t("whereis global", fn -> GenServer.whereis({:global, :g}) |> is_pid end)
    t("whereis global missing", fn -> GenServer.whereis({:global, :nope}) end)
    t("call str", fn -> GenServer.call("s", :x) end)
    t("call int", fn -> GenServer.call(1, :x) end)
    t("call via", fn -> GenServer.call({:via, Registry, {R, :k}}, :x) end)
    t("call via missing", fn -> GenServer.call({:via, Registry, {R, :nope}}, :x) end)
    t("call global", fn -> GenServer.call({:global, :g}, :x) end)
    t("call global missing", fn -> GenServer.call({:global, :nope}, :x) end)
    t("call local tuple", fn -> GenServer.call({:s1, node()}, :x) end)
    t("call remote", fn -> GenServer.call({:s1, :other@host}, :x) end)
    t("call via badmod", fn -> GenServer.call({:via, :nomod, :k}, :x) end)
    t("cast str", fn -> GenServer.cast("s", :x) end)
    t("cast int", fn -> GenServer.cast(1, :x) end)
    t("cast via missing", fn -> GenServer.cast({:via, Registry, {R, :nope}}, :x) end)
    t("cast global missing", fn -> GenServer.cast({:global, :nope}, :x) end)
    t("cast remote", fn -> GenServer.cast({:s1, :other@host}, :x) end)
    t("cast via badmod", fn -> GenServer.cast({:via, :nomod, :k}, :x) end)
    t("cast tuple3", fn -> GenServer.cast({:a, :b, :c}, :x) end)
    t("stop str", fn -> GenServer.stop("s") end)
    t("stop missing", fn -> GenServer.stop(:nope) end)
    t("stop global missing", fn -> GenServer.stop({:global, :nope}) end)
    t("stop remote", fn -> GenServer.stop({:s1, :other@host}) end)
    t("reply bad", fn -> GenServer.reply(:x, 1) end)
    t("gen_server call str", fn -> :gen_server.call("s", :x) end)
    t("gen_server call int", fn -> :gen_server.call(1, :x) end)
    t("gen_server cast str", fn -> :gen_server.cast("s", :x) end)
    t("gen_server call missing", fn -> :gen_server.call(:nope, :x) end)
    t("gen_server call remote", fn -> :gen_server.call({:nope, :other@host}, :x) end)
    t("gen_server stop str", fn -> :gen_server.stop("s") end)
    t("agent get str", fn -> Agent.get("s", & &1) end)
    t("agent get missing", fn -> Agent.get(:nope, &Function.identity/1) end)
    t("agent stop missing", fn -> Agent.stop(:nope) end)
    t("start name str", fn -> GenServer.start(S, 1, name: "x") end)
    t("start name int", fn -> GenServer.start(S, 1, name: 1) end)
    t("start name tuple", fn -> GenServer.start(S, 1, name: {:a, :b}) end)
    t("start name global dup", fn -> GenServer.start(S, 1, name: {:global, :g}) |> elem(0) end)
    t("start name via dup", fn -> GenServer.start(S, 1, name: {:via, Registry, {R, :k}}) |> elem(0) end)
    t("start name dup", fn -> GenServer.start(S, 1, name: :s1) |> elem(0) end)
    t("start name nil", fn -> GenServer.start(S, 1, name: nil) |> elem(0) end)
    t("gen_server stop global missing", fn -> :gen_server.stop({:global, :nope}) end)
    t("gen_server stop remote", fn -> :gen_server.stop({:nope, :other@host}) end)
    t("gen_server stop local tuple", fn -> :gen_server.stop({:nope, node()}) end)
    t("gen call", fn -> :gen.call(:s1, :"$gen_call", :x, 1000) end)
    t("gen call remote", fn -> :gen.call({:s1, :other@host}, :"$gen_call", :x, 1000) end)
    Process.register(self(), :me)
    t("send remote", fn -> send({:me, :other@host}, :remote) end)
    t("send local tuple", fn -> send({:me, node()}, :local) end)
    t("send unregistered tuple", fn -> send({:nope, node()}, :x) end)
    t("send bad node", fn -> send({:me, "node"}, :x) end)
    t("mailbox", fn -> Process.info(self(), :messages) end)
    t("start via badmod", fn -> GenServer.start(S, 1, name: {:via, :nomod, :k}) end)
  end
end
Main.run()
