# The exit reasons of a GenServer or an Agent whose callback raises carry OTP's frames under the
# callback (:gen_server's try_handle_call/try_dispatch/init_it, handle_msg/6, Agent.Server, and
# :proc_lib.init_p_do_apply/3 at the bottom); what proc_lib records of an OTP process's start
# (Process.info initial_call, :proc_lib.initial_call/1, translate_initial_call/1)
Process.flag(:trap_exit, true)
Logger.configure(level: :none)

defmodule Server do
  use GenServer
  def init(:crash), do: raise("init boom")
  def init(x), do: {:ok, x}
  def handle_call(:boom, _from, _state), do: raise("call boom")
  def handle_call(:exit, _from, _state), do: exit(:call_exit)
  def handle_call(:get, _from, state), do: {:reply, state, state}
  def handle_cast(:boom, _state), do: raise("cast boom")
  def handle_info(:boom, _state), do: raise("info boom")
end

show = fn ->
  receive do
    msg -> IO.inspect(msg)
  end
end

{:ok, pid} = GenServer.start_link(Server, 1)
IO.inspect(Process.info(pid, :initial_call))
IO.inspect(:proc_lib.initial_call(pid))
IO.inspect(:proc_lib.translate_initial_call(pid))
IO.inspect(:proc_lib.initial_call(Process.info(pid)))
IO.inspect(Process.info(self(), :initial_call))

plain = spawn(fn -> receive do _ -> :ok end end)
IO.inspect(Process.info(plain, :initial_call))
IO.inspect(:proc_lib.initial_call(plain))
IO.inspect(:proc_lib.translate_initial_call(plain))
IO.inspect(:proc_lib.initial_call([]))
IO.inspect(:proc_lib.translate_initial_call([{:dictionary, [{:"$initial_call", {M, :f, 2}}]}]))

try do
  GenServer.call(pid, :boom)
catch
  :exit, reason -> IO.inspect(reason)
end

show.()

{:ok, pid} = GenServer.start_link(Server, 1)

try do
  GenServer.call(pid, :exit)
catch
  :exit, reason -> IO.inspect(reason)
end

show.()

{:ok, pid} = GenServer.start_link(Server, 1)
GenServer.cast(pid, :boom)
show.()

{:ok, pid} = GenServer.start(Server, 1)
ref = Process.monitor(pid)
send(pid, :boom)
show.()
IO.inspect(ref != nil)

IO.inspect(GenServer.start_link(Server, :crash))
show.()

{:ok, agent} = Agent.start_link(fn -> 1 end)
IO.inspect(Process.info(agent, :initial_call))
IO.inspect(:proc_lib.translate_initial_call(agent))
{:ok, agent2} = Agent.start_link(Kernel, :+, [1, 2])
IO.inspect(:proc_lib.translate_initial_call(agent2))
IO.inspect(:proc_lib.initial_call(agent2))

try do
  Agent.get(agent, fn _ -> raise "agent get" end)
catch
  # (the request holds the fun, whose inspected form is longer on the BEAM)
  :exit, {reason, {m, f, [_, {tag, _}, timeout]}} -> IO.inspect({reason, {m, f, tag, timeout}})
end

show.()

for {fun, label} <- [{&Agent.get_and_update/2, "get_and_update"}, {&Agent.update/2, "update"}] do
  {:ok, agent} = Agent.start_link(fn -> 1 end)

  try do
    fun.(agent, fn _ -> raise label end)
  catch
    :exit, {{_, stacktrace}, _} -> IO.inspect(Enum.take(stacktrace, 4))
  end

  show.()
end

{:ok, agent} = Agent.start_link(fn -> 1 end)
Agent.cast(agent, fn _ -> raise "agent cast" end)
show.()

IO.inspect(Agent.start_link(fn -> raise "agent init" end))
show.()

defmodule Continuing do
  use GenServer
  def init(:continue), do: {:ok, 1, {:continue, :go}}
  def init(:timeout), do: {:ok, 1, 0}
  def handle_continue(:go, _state), do: raise("continue boom")
  def handle_info(:timeout, _state), do: raise("timeout boom")
end

{:ok, _} = GenServer.start_link(Continuing, :continue)
show.()
{:ok, _} = GenServer.start_link(Continuing, :timeout)
show.()
