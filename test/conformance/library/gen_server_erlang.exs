# :gen_server called as an Erlang module (OTP 25) over GenServer's implementation: start/start_link/
# start_monitor with Erlang server names, call/cast/reply, requests, multi_call, abcast, stop, the
# exits naming :gen_server's functions, and enter_loop from a task and from a plain process.
defmodule S do
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call({:later, x}, from, n), do: (spawn(fn -> :gen_server.reply(from, {:later, x}) end); {:noreply, n})
  def handle_call(:crash, _from, _n), do: raise "boom"
  def handle_cast({:add, x}, n), do: {:noreply, n + x}
  def handle_info(_, n), do: {:noreply, n}
end
ce = fn f -> try do f.() catch :exit, r -> {:exit, r} end end
Process.flag(:trap_exit, true)
{:ok, pid} = :gen_server.start_link(S, 1, [])
IO.inspect(:gen_server.call(pid, :get))
IO.inspect(:gen_server.cast(pid, {:add, 2}))
IO.inspect(:gen_server.call(pid, :get, 1000))
IO.inspect(:gen_server.call(pid, {:later, 5}))
IO.inspect(:gen_server.start_link({:local, :named}, S, 10, []))
IO.inspect(:gen_server.call(:named, :get))
IO.inspect(:gen_server.start({:local, :named}, S, 10, []) |> elem(0))
{:ok, {p2, ref}} = :gen_server.start_monitor(S, 7, [])
IO.inspect(is_reference(ref))
IO.inspect(:gen_server.call(p2, :get))
req = :gen_server.send_request(pid, :get)
IO.inspect(:gen_server.wait_response(req, 1000))
req = :gen_server.send_request(pid, :get)
IO.inspect(:gen_server.receive_response(req, 1000))
req = :gen_server.send_request(pid, :get)
receive do
  msg -> IO.inspect(:gen_server.check_response(msg, req))
end
IO.inspect(:gen_server.multi_call(:named, :get))
IO.inspect(:gen_server.multi_call(:nobody, :get))
IO.inspect(:gen_server.abcast(:named, {:add, 1}))
IO.inspect(:gen_server.call(:named, :get))
IO.inspect(ce.(fn -> :gen_server.call(:nobody, :get) end))
IO.inspect(ce.(fn -> :gen_server.call(:nobody, :get, 500) end))
{:exit, {{error, _stacktrace}, mfa}} = ce.(fn -> :gen_server.call(:named, :crash) end)
IO.inspect({error, mfa})
IO.inspect(ce.(fn -> :gen_server.stop(:nobody) end))
IO.inspect(ce.(fn -> :gen_server.stop(:nobody, :normal, 100) end))
IO.inspect(:gen_server.stop(pid))
IO.inspect(:gen_server.stop(p2, :shutdown, :infinity))
receive do
  {:DOWN, ^ref, :process, ^p2, r} -> IO.inspect({:down, r})
end
dead = spawn(fn -> :ok end)
Process.sleep(10)
IO.inspect(ce.(fn -> :gen_server.call(dead, :get) end))
IO.inspect(:gen_server.start(S, 1, [{:timeout, 100}]) |> elem(0))
defmodule Bad do
  def init(:stop), do: {:stop, :nope}
  def init(:ignore), do: :ignore
end
IO.inspect(:gen_server.start(Bad, :stop, []))
IO.inspect(:gen_server.start(Bad, :ignore, []))
req = :gen_server.send_request(:nobody, :get)
IO.inspect(:gen_server.wait_response(req, 100))
{:ok, looper} = Task.start(fn -> :gen_server.enter_loop(S, [], 42) end)
IO.inspect(:gen_server.call(looper, :get))
{:ok, looper2} = Task.start(fn -> receive do :go -> :gen_server.enter_loop(S, [], 43, {:local, :loop2}) end end)
Process.register(looper2, :loop2)
send(looper2, :go)
IO.inspect(:gen_server.call(:loop2, :get))
{:ok, looper3} = Task.start(fn -> :gen_server.enter_loop(S, [], 44, {:local, :not_me}) end)
ref = Process.monitor(looper3)
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason)
end
plain = spawn(fn -> :gen_server.enter_loop(S, [], 45) end)
ref = Process.monitor(plain)
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason)
end
