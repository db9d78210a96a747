# Monitors of ports (:erlang.monitor(:port, socket), Port.monitor/1): a socket closing sends
# {:DOWN, ref, :port, port, :normal}; demonitor before that sends nothing; a port already closed
# is :noproc at once; a socket whose owner exits closes and says so too.
defmodule Main do
  def run do
    {:ok, l} = :gen_tcp.listen(0, [:binary, active: false])
    ref = :erlang.monitor(:port, l)
    ref2 = Port.monitor(l)
    IO.inspect({is_reference(ref), is_reference(ref2)})
    :gen_tcp.close(l)
    for r <- [ref, ref2] do
      receive do
        {:DOWN, ^r, :port, p, reason} -> IO.inspect({:down, p == l, reason})
      after
        2000 -> IO.puts("no DOWN")
      end
    end

    ref3 = Port.monitor(l)
    receive do
      {:DOWN, ^ref3, :port, p, reason} -> IO.inspect({:already_closed, p == l, reason})
    after
      2000 -> IO.puts("no DOWN")
    end

    {:ok, l2} = :gen_tcp.listen(0, [:binary, active: false])
    ref4 = Port.monitor(l2)
    IO.inspect(Port.demonitor(ref4))
    IO.inspect(:erlang.demonitor(Port.monitor(l2), [:info]))
    :gen_tcp.close(l2)
    receive do
      {:DOWN, _, :port, _, _} = m -> IO.inspect({:unexpected, m})
    after
      200 -> IO.puts("nothing after demonitor")
    end

    me = self()
    owner = spawn(fn ->
      {:ok, l3} = :gen_tcp.listen(0, [:binary, active: false])
      send(me, {:sock, l3})
      receive do: (:quit -> :ok)
    end)
    l3 = receive do: ({:sock, s} -> s)
    ref5 = Port.monitor(l3)
    send(owner, :quit)
    receive do
      {:DOWN, ^ref5, :port, p, reason} -> IO.inspect({:owner_exited, p == l3, reason})
    after
      2000 -> IO.puts("no DOWN")
    end
  end
end

Main.run()
