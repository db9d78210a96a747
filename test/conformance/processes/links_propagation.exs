# An exit propagates through a chain of links to processes not trapping exits
parent = self()
Process.flag(:trap_exit, true)
a = spawn_link(fn ->
  b = spawn_link(fn ->
    c = spawn_link(fn ->
      receive do
        :crash -> exit(:chain_crash)
      end
    end)
    send(parent, {:c, c})
    receive do: (:never -> :ok)
  end)
  send(parent, {:b, b})
  receive do: (:never -> :ok)
end)
c = receive do: ({:c, c} -> c)
b = receive do: ({:b, b} -> b)
mb = Process.monitor(b)
mc = Process.monitor(c)
send(c, :crash)
receive do
  {:EXIT, ^a, reason} -> IO.inspect(reason, label: "a exited")
end
receive do
  {:DOWN, ^mc, :process, _, r} -> IO.inspect(r, label: "c down")
end
receive do
  {:DOWN, ^mb, :process, _, r} -> IO.inspect(r, label: "b down")
end
IO.inspect(Enum.map([a, b, c], &Process.alive?/1))
