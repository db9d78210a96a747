# A terminate/2 that raises: the server exits with {exception, stacktrace} whose frames under the
# callback are OTP's (:gen_server.try_terminate/3, terminate/10, and handle_msg/6 when a call's
# {:stop, reason, reply, state} ended it), and Logger's report shows the same frames.
defmodule Fragile do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:stop_reply, _from, s), do: {:stop, :normal, :ok, s}
  def handle_call(:stop_noreply, _from, s), do: {:stop, :normal, s}
  def handle_call(:raise, _from, _s), do: raise("in call")
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_info(:stop, s), do: {:stop, :normal, s}
  def handle_info(:bad, _s), do: :bad_return
  def terminate(_reason, _s), do: raise("boom in terminate")
end

defmodule Thrower do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_cast(:stop, s), do: {:stop, :shutdown, s}
  def terminate(_reason, _s), do: exit(:from_terminate)
end

Process.flag(:trap_exit, true)

run = fn mod, how ->
  {:ok, pid} = GenServer.start_link(mod, 1)

  case how do
    :cast -> GenServer.cast(pid, :stop)
    :info -> send(pid, :stop)
    :bad -> send(pid, :bad)
    :stop -> try(do: GenServer.stop(pid), catch: (:exit, reason -> IO.inspect(reason, label: "stop exited")))
    call -> try(do: GenServer.call(pid, call), catch: (:exit, {reason, _} -> IO.inspect(reason, label: "call exited")))
  end

  receive do
    {:EXIT, ^pid, {%RuntimeError{message: m}, stacktrace}} -> IO.inspect({how, m, tl(stacktrace)})
    {:EXIT, ^pid, other} -> IO.inspect({how, other})
  end

  Logger.flush()
end

for how <- [:stop_reply, :stop_noreply, :raise, :cast, :info, :bad, :stop], do: run.(Fragile, how)
run.(Thrower, :cast)
