# :gen_statem.call/3 with a finite timeout to a server named by an atom calls through a proxy
# process (OTP 25's call_clean): the server sees the proxy as the caller, a spawn follows it in
# pid order, and a failure is raised again with the proxy's stack; a pid, {name, node()},
# :infinity or {:dirty_timeout, t} is waited for by the caller itself (call_dirty)
defmodule Door do
  @behaviour :gen_statem
  def callback_mode, do: :handle_event_function
  def init(_), do: {:ok, :closed, nil}
  def handle_event({:call, f}, :slow, _, _), do: (Process.sleep(100); {:keep_state_and_data, {:reply, f, :late}})
  def handle_event({:call, {caller, _} = f}, :who, _, _), do: {:keep_state_and_data, {:reply, f, {:caller, caller}}}
end

{:ok, door} = :gen_statem.start({:local, :door}, Door, [], [])
IO.inspect({self(), door})
IO.inspect(:gen_statem.call(door, :who, 100), label: "by pid")
IO.inspect(spawn(fn -> :ok end), label: "next spawn")
IO.inspect(:gen_statem.call(:door, :who, 100), label: "by name")
IO.inspect(:gen_statem.call(:door, :who), label: "by name, infinity")
IO.inspect(:gen_statem.call({:door, node()}, :who, 100), label: "name and node")
IO.inspect(:gen_statem.call(:door, :who, {:dirty_timeout, 100}), label: "dirty")
IO.inspect(:gen_statem.call(:door, :who, {:clean_timeout, 100}), label: "clean")
IO.inspect(spawn(fn -> :ok end), label: "next spawn")

for {server, timeout} <- [{door, 10}, {:door, 10}, {:nobody, 10}, {:nobody, :infinity}, {door, {:x, 1}}] do
  try do
    :gen_statem.call(server, :slow, timeout)
  catch
    kind, reason -> IO.inspect({kind, reason, Enum.take(__STACKTRACE__, 2)})
  end
  Process.sleep(150)
end

IO.inspect(Process.info(self(), :messages), label: "no late replies")
:gen_statem.call(:door, :slow, 20)
