defmodule Slow do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: {:global, :slow_server})
  @impl true
  def init(arg) do
    Process.flag(:trap_exit, true)
    {:ok, %{arg: arg, log: []}, {:continue, :warm_up}}
  end
  @impl true
  def handle_continue(:warm_up, state) do
    IO.puts("continue: warming up #{state.arg}")
    {:noreply, %{state | log: [:warmed | state.log]}, {:continue, :second}}
  end
  def handle_continue(:second, state), do: {:noreply, %{state | log: [:second | state.log]}}
  @impl true
  def handle_call(:log, _from, state), do: {:reply, Enum.reverse(state.log), state}
  def handle_call({:sleep, ms}, _from, state) do
    Process.sleep(ms)
    {:reply, :slept, state}
  end
  def handle_call({:deferred, n}, from, state) do
    spawn(fn -> GenServer.reply(from, {:from_helper, n * 2}) end)
    {:noreply, state}
  end
  def handle_call(:reply_then_continue, from, state) do
    GenServer.reply(from, :early)
    {:noreply, state, {:continue, :after_reply}}
  end
  def handle_continue(:after_reply, state) do
    {:noreply, %{state | log: [:after_reply | state.log]}}
  end
  @impl true
  def handle_info({:EXIT, pid, reason}, state) do
    IO.puts("linked exit #{inspect(reason)} from helper: #{is_pid(pid)}")
    {:noreply, state}
  end
  @impl true
  def terminate(reason, state) do
    IO.puts("terminate #{inspect(reason)} with log #{inspect(Enum.reverse(state.log))}")
  end
end

{:ok, pid} = Slow.start_link(:a)
IO.inspect(GenServer.call({:global, :slow_server}, :log), label: "log")
IO.inspect(:global.whereis_name(:slow_server) == pid, label: "global")
IO.inspect(:global.registered_names(), label: "global names")
IO.inspect(Slow.start_link(:b), label: "second start") |> elem(0)
r =
  try do
    GenServer.call(pid, {:sleep, 300}, 50)
  catch
    :exit, {:timeout, {GenServer, :call, [^pid, {:sleep, 300}, 50]}} -> :timed_out
  end
IO.inspect(r, label: "call timeout")
IO.inspect(GenServer.call(pid, :log), label: "still works")
IO.inspect(Process.info(self(), :messages), label: "no late reply")
IO.inspect(GenServer.call(pid, {:deferred, 21}), label: "deferred")
IO.inspect(GenServer.call(pid, :reply_then_continue), label: "early")
IO.inspect(GenServer.call(pid, :log), label: "log")
helper = spawn(fn -> receive do :go -> exit(:helper_done) end end)
:sys.replace_state(pid, fn s -> Process.link(helper); s end)
href = Process.monitor(helper)
send(helper, :go)
receive do {:DOWN, ^href, _, _, _} -> :ok end
IO.inspect(GenServer.call(pid, :log), label: "log after link")
:global.register_name(:me, self())
IO.inspect(:global.whereis_name(:me) == self(), label: "global me")
IO.inspect(:global.register_name(:me, pid), label: "global taken")
:global.unregister_name(:me)
IO.inspect(:global.whereis_name(:me), label: "global unregistered")
send({:global, :slow_server}, {:EXIT, self(), :fake})
IO.inspect(GenServer.call(pid, :log) |> length(), label: "len")
try do
  GenServer.call({:global, :nobody}, :hi)
catch
  :exit, reason -> IO.inspect(reason, label: "no global")
end
Process.unlink(pid)
:ok = GenServer.stop(pid, :shutdown)
IO.puts("stopped")
Process.flag(:trap_exit, true)
{:ok, pid2} = GenServer.start_link(Slow, :c)
ref = Process.monitor(pid2)
Process.exit(pid2, :shutdown)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "down") end
{:ok, pid3} = GenServer.start(Slow, :d)
ref = Process.monitor(pid3)
Process.exit(pid3, :kill)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "killed, no terminate") end
