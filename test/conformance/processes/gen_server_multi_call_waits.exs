# where a client waits: gen.erl's do_call/4 has its own line for an infinite timeout, and
# multi_call waits in gen_server.erl's do_multi_call/4 (calling from the caller itself for an
# infinite timeout, through a middleman for a finite one); then what multi_call returns
defmodule Slow do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call({:sleep, n}, _, s), do: (Process.sleep(n); {:reply, {:slept, n}, s})
  def handle_call(:crash, _, _s), do: exit(:crashed)
  def handle_call(x, _, s), do: {:reply, {x, s}, s}
end

defmodule Main do
  def run do
    show = fn label, f ->
      p = spawn(f)
      wait_until_waiting(p)
      {:current_stacktrace, st} = Process.info(p, :current_stacktrace)
      IO.inspect(st, label: label)
      Process.exit(p, :kill)
    end

    server = spawn(fn -> Process.sleep(:infinity) end)
    Process.register(server, :mute)
    show.("GenServer.call :infinity", fn -> GenServer.call(server, :x, :infinity) end)
    show.("GenServer.call 5000", fn -> GenServer.call(server, :x) end)
    show.(":gen_server.call :infinity", fn -> :gen_server.call(server, :x, :infinity) end)
    show.(":gen_server.call", fn -> :gen_server.call(server, :x) end)
    show.("multi_call", fn -> :gen_server.multi_call(:mute, :x) end)
    show.("GenServer.multi_call 5000", fn -> GenServer.multi_call([node()], :mute, :x, 5000) end)

    {:ok, _} = GenServer.start(Slow, 1, name: :slow)
    IO.inspect(GenServer.multi_call(:slow, :hello), label: "reply")
    IO.inspect(GenServer.multi_call([node()], :slow, :hello, 1000), label: "reply in time")
    IO.inspect(GenServer.multi_call([node()], :slow, {:sleep, 200}, 50), label: "too slow")
    IO.inspect(GenServer.multi_call([node(), :other@host], :slow, :hello), label: "other node")
    IO.inspect(GenServer.multi_call([], :slow, :hello), label: "no nodes")
    IO.inspect(GenServer.multi_call(:nobody, :hello), label: "no such name")
    IO.inspect(GenServer.multi_call([node()], :nobody, :hello, 100), label: "no such name, finite")
    crashed = GenServer.multi_call([node()], :slow, :crash, 1000)
    Logger.flush()
    IO.inspect(crashed, label: "crashes")
    # a reply that comes after the timeout is not left in the caller's mailbox
    Process.sleep(300)
    receive do
      m -> IO.inspect(m, label: "stray")
    after
      0 -> IO.puts("no stray message")
    end
  end

  defp wait_until_waiting(p) do
    case Process.info(p, :status) do
      {:status, :waiting} -> :ok
      _ -> Process.sleep(10); wait_until_waiting(p)
    end
  end
end

Main.run()
