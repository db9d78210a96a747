# :gen_server request id collections (OTP 25): send_request/4, wait_response/3,
# receive_response/3, check_response/3, reqids_*; {:abs, t} wait times; bad arguments are badarg
defmodule S do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call({:add, n}, _from, s), do: {:reply, s + n, s + n}
  def handle_call(:stop, _from, s), do: {:stop, :normal, :ok, s}
  def handle_call(:slow, from, s), do: (Process.send_after(self(), {:late, from}, 50); {:noreply, s})
  def handle_info({:late, from}, s), do: (GenServer.reply(from, :late); {:noreply, s})
end
{:ok, pid} = GenServer.start(S, 0)
c = :gen_server.reqids_new()
IO.inspect(c)
IO.inspect(:gen_server.reqids_size(c))
c = :gen_server.send_request(pid, {:add, 1}, :one, c)
c = :gen_server.send_request(pid, {:add, 2}, :two, c)
IO.inspect(:gen_server.reqids_size(c))
IO.inspect(:gen_server.reqids_to_list(c) |> Enum.map(fn {r, l} -> {is_reference(r), l} end) |> Enum.sort())
{r1, l1, c} = :gen_server.wait_response(c, 1000, true)
IO.inspect({r1, l1, :gen_server.reqids_size(c)})
{r2, l2, c2} = :gen_server.receive_response(c, :infinity, false)
IO.inspect({r2, l2, :gen_server.reqids_size(c2)})
c = :gen_server.reqids_new()
IO.inspect(:gen_server.wait_response(c, 10, true))
IO.inspect(:gen_server.receive_response(c, 10, true))
IO.inspect(:gen_server.check_response(:foo, c, true))
c = :gen_server.send_request(pid, :slow, :slow, c)
IO.inspect(:gen_server.wait_response(c, 0, true))
IO.inspect(:gen_server.check_response(:foo, c, true))
IO.inspect(:gen_server.wait_response(c, 10, true))
{resp, l, c} = :gen_server.wait_response(c, {:abs, :erlang.monotonic_time(:millisecond) + 1000}, true)
IO.inspect({resp, l, :gen_server.reqids_size(c)})
c = :gen_server.send_request(pid, {:add, 5}, :five, c)
msg = receive do m -> m end
IO.inspect(:gen_server.check_response(msg, c, false) |> then(fn {a, b, c} -> {a, b, :gen_server.reqids_size(c)} end))
IO.inspect(:gen_server.check_response(msg, c, true) |> then(fn {a, b, c} -> {a, b, :gen_server.reqids_size(c)} end))
r = :gen_server.send_request(pid, {:add, 1})
IO.inspect(:gen_server.wait_response(r, {:abs, :erlang.monotonic_time(:millisecond) + 100}))
c = :gen_server.send_request(pid, :stop, :stop, :gen_server.reqids_new())
c = :gen_server.send_request(pid, {:add, 1}, :after, c)
{a, la, c} = :gen_server.receive_response(c, 1000, true)
IO.inspect({a, la})
{b, lb, c} = :gen_server.receive_response(c, 1000, true)
IO.inspect({b |> elem(0), elem(b, 1) |> elem(0), lb})
IO.inspect(:gen_server.reqids_size(c))
c = :gen_server.send_request(:nosuch, :x, :ns, c)
IO.inspect(:gen_server.receive_response(c, 1000, true))
r = :gen_server.send_request(:nosuch, :x)
IO.inspect(:gen_server.check_response({:DOWN, r, :process, :nosuch, :noproc}, r))
c = :gen_server.reqids_new()
c = :gen_server.reqids_add(r, :lbl, c)
IO.inspect(:gen_server.reqids_size(c))
try do
  :gen_server.reqids_add(r, :again, c)
rescue e -> IO.inspect(e)
end
try do
  :gen_server.wait_response(c, :bad, true)
rescue e -> IO.inspect(e)
end
