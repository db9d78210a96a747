# A failed call's exit reason and stack as Elixir's GenServer.call/3 and Erlang's
# :gen_server.call/2,3 raise them (each at its own line), and a waiting client's stack
# (:gen.do_call/4 under GenServer.call/3) as the server sees it
defmodule Slow do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:slow, _from, state), do: (Process.sleep(200); {:reply, state, state})
  def handle_call(:stop, _from, state), do: {:stop, :normal, :stopping, state}
  def handle_call(:die, _from, state), do: {:stop, :normal, state}

  def handle_call(:client_stack, {client, _}, state) do
    {:current_stacktrace, stack} = Process.info(client, :current_stacktrace)
    {:reply, Enum.take(stack, 2), state}
  end
end

caught = fn f ->
  try do
    f.()
  catch
    :exit, reason -> IO.inspect({reason, Enum.take(__STACKTRACE__, 1)})
  end
end

{:ok, pid} = GenServer.start(Slow, 1)
IO.inspect(GenServer.call(pid, :client_stack))
IO.inspect(:gen_server.call(pid, :client_stack))
IO.inspect(:gen_server.call(pid, :client_stack, 1000))
caught.(fn -> GenServer.call(pid, :slow, 10) end)
caught.(fn -> :gen_server.call(pid, :slow, 10) end)
caught.(fn -> GenServer.call(:nobody, :x) end)
caught.(fn -> GenServer.call({:global, :nobody}, :x) end)
caught.(fn -> GenServer.call(self(), :x) end)
caught.(fn -> :gen_server.call(:nobody, :x) end)
caught.(fn -> :gen_server.call(:nobody, :x, 10) end)
caught.(fn -> :gen_server.call(self(), :x) end)
caught.(fn -> :gen_server.call(self(), :x, 10) end)
{:ok, pid} = GenServer.start(Slow, 1)
caught.(fn -> GenServer.call(pid, :die) end)
caught.(fn -> GenServer.call(pid, :x) end)
caught.(fn -> :gen_server.call(pid, :x) end)
