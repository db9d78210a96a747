defmodule Slow do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call({:sleep, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, {:slept, ms}, s}
  end
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Slow, nil, name: :slow)
    IO.inspect(GenServer.call(:slow, {:sleep, 10}))
    try do
      GenServer.call(:slow, {:sleep, 300}, 50)
    catch
      :exit, {:timeout, {GenServer, :call, [name, msg, t]}} ->
        IO.inspect({:timeout, name, msg, t})
    end
    Process.sleep(400)
    receive do
      {ref, reply} when is_reference(ref) -> IO.inspect(reply, label: "late reply in mailbox")
    after
      0 -> IO.puts("no late reply in mailbox")
    end
    IO.inspect(GenServer.call(pid, {:sleep, 1}))
    try do
      GenServer.call(:no_such_server, :hi)
    catch
      :exit, reason -> IO.inspect(reason, label: "noproc")
    end
  end
end

Main.run()
