# :gen.do_call/4 as OTP 25's gen.erl: a server's death exits at line 266 (a call with a timeout)
# or 243 (:infinity), a timeout at 273, while a client still waiting stands at 256 or 237
defmodule Srv do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:crash, _, _), do: exit(:boom)
  def handle_call(:slow, _, s), do: (Process.sleep(50); {:reply, :done, s})
end

Logger.configure(level: :none)

for {label, request, timeout} <- [{"down, 100", :crash, 100}, {"down, infinity", :crash, :infinity}, {"timeout", :slow, 10}] do
  {:ok, srv} = GenServer.start(Srv, nil)
  caught =
    try do
      :gen.call(srv, :"$gen_call", request, timeout)
    catch
      kind, reason -> {kind, reason, hd(__STACKTRACE__)}
    end
  IO.inspect(caught, label: label)
  Process.sleep(60)
end

for timeout <- [100, :infinity] do
  {:ok, srv} = GenServer.start(Srv, nil)
  me = self()
  client = spawn(fn -> send(me, {:reply, :gen.call(srv, :"$gen_call", :slow, timeout)}) end)
  Process.sleep(10)
  {:current_stacktrace, [top | _]} = Process.info(client, :current_stacktrace)
  IO.inspect(top, label: "waiting, #{inspect(timeout)}")
  receive do
    {:reply, r} -> IO.inspect(r, label: "reply")
  end
end
