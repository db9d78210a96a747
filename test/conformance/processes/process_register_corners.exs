# Process.register/whereis/unregister/send corner cases, Agent options and errors; :erlang.send/3
# with :noconnect to another node answers :noconnect
defmodule Main do
  def t(label, f) do
    r = try do {:ok, f.()} rescue e -> {:raise, e.__struct__, Exception.message(e)} catch k, e -> {k, e} end
    IO.puts("#{label}: #{inspect(r, limit: 8) |> String.slice(0, 300)}")
  end
  def run do
    t("reg self", fn -> Process.register(self(), :me) end)
    t("reg again same name", fn -> Process.register(self(), :me) end)
    t("reg other name same pid", fn -> Process.register(self(), :me2) end)
    p = spawn(fn -> Process.sleep(10000) end)
    t("reg taken", fn -> Process.register(p, :me) end)
    t("reg nil", fn -> Process.register(p, nil) end)
    t("reg undefined", fn -> Process.register(p, :undefined) end)
    t("reg false", fn -> Process.register(p, false) end)
    t("reg true", fn -> Process.register(p, true) end)
    t("reg string", fn -> Process.register(p, "x") end)
    d = spawn(fn -> :ok end)
    Process.sleep(50)
    t("reg dead", fn -> Process.register(d, :dead) end)
    t("reg port-like", fn -> Process.register(:erlang.list_to_pid('<0.0.0>'), :xx) end)
    t("unregister missing", fn -> Process.unregister(:nope) end)
    t("unregister ok", fn -> Process.unregister(:me) end)
    t("whereis str", fn -> Process.whereis("x") end)
    t("registered", fn -> :me2 in Process.registered() end)
    t("send atom missing", fn -> send(:nope, 1) end)
    t("Process.send missing", fn -> Process.send(:nope, 1, []) end)
    t("Process.send noconnect", fn -> Process.send({:nope, :a@b}, 1, [:noconnect]) end)
    t("exit bad", fn -> Process.exit(:nope, :kill) end)
    t("link bad", fn -> Process.link(:nope) end)
    t("link dead", fn -> Process.link(d) end)
    t("monitor name missing", fn -> ref = Process.monitor(:nope); receive do {:DOWN, ^ref, a, b, c} -> {a, b, c} end end)
    t("monitor remote name", fn -> ref = Process.monitor({:nope, :a@b}); receive do {:DOWN, ^ref, a, b, c} -> {a, b, c} end end)
    t("agent start name", fn -> {:ok, _} = Agent.start(fn -> 0 end, name: :ag); Agent.get(:ag, & &1) end)
    t("agent dup", fn -> Agent.start(fn -> 0 end, name: :ag) |> elem(0) end)
    t("agent get_and_update", fn -> Agent.get_and_update(:ag, fn s -> {s, s + 1} end) end)
    t("agent cast", fn -> Agent.cast(:ag, fn s -> s + 10 end) end)
    t("agent get mfa", fn -> Agent.get(:ag, Kernel, :+, [1]) end)
    t("agent timeout", fn -> Agent.get(:ag, fn s -> Process.sleep(200); s end, 50) end)
    t("agent update bad ret", fn -> Agent.get_and_update(:ag, fn s -> s end) end)
    Process.sleep(300)
    Logger.flush()
    t("agent alive?", fn -> Process.whereis(:ag) end)
    t("agent start bad fun", fn -> Agent.start(fn -> raise "x" end) |> elem(0) end)
    Logger.flush()
    t("agent start init bad", fn -> Agent.start(:notfun) end)
    t("agent start debug", fn -> {:ok, a} = Agent.start(fn -> 1 end, debug: [], spawn_opt: [], hibernate_after: 10); Agent.get(a, & &1) end)
    t("agent stop reason", fn -> {:ok, a} = Agent.start(fn -> 1 end); Agent.stop(a, :shutdown) end)
    for {d, o} <- [{{:nope, :a@b}, [:noconnect]}, {{:nope, :a@b}, [:nosuspend]}, {{:nope, :a@b}, [:noconnect, :nosuspend]}, {{:nope, node()}, [:noconnect]}, {self(), [:noconnect]}, {:nope, [:noconnect]}] do
      t("send/3 #{inspect(o)}", fn -> :erlang.send(d, 1, o) end)
    end
    t("erlang whereis int", fn -> :erlang.whereis(1) end)
    t("task await timeout", fn -> Task.await(Task.async(fn -> Process.sleep(500) end), 10) end)
  end
end
Main.run()
