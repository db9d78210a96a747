# :gen_udp between sockets of one script: passive recv with the sender's address and port, active
# messages ({:udp, socket, ip, port, data}), active: N then {:udp_passive, socket}, list mode,
# timeouts, a port in use, closed sockets, a handover with controlling_process/2.
{:ok, a} = :gen_udp.open(0, [:binary, active: false])
{:ok, b} = :gen_udp.open(0, [:binary])
{:ok, pa} = :inet.port(a)
{:ok, pb} = :inet.port(b)
IO.inspect(is_port(a), label: "a port")
IO.inspect(Port.info(a, :name), label: "named")
IO.inspect(:inet.getopts(b, [:active, :mode]), label: "b's options")
IO.inspect(:inet.sockname(a) |> elem(1) |> elem(0), label: "bound to")

IO.inspect(:gen_udp.send(b, {127, 0, 0, 1}, pa, "hello"), label: "send")
{:ok, {ip, port, data}} = :gen_udp.recv(a, 0)
IO.inspect({ip, port == pb, data}, label: "recv")
IO.inspect(:gen_udp.recv(a, 0, 50), label: "recv, nothing sent")

IO.inspect(:gen_udp.send(a, 'localhost', pb, ["wor", ?l, "d"]), label: "send iodata")
IO.inspect(:gen_udp.send(a, {{127, 0, 0, 1}, pb}, ""), label: "send/3, empty")

for _ <- 1..2 do
  receive do
    {:udp, ^b, ip, port, data} -> IO.inspect({ip, port == pa, data}, label: "active")
  end
end

:ok = :inet.setopts(b, active: 2)
for n <- 1..3, do: :ok = :gen_udp.send(a, {127, 0, 0, 1}, pb, "n#{n}")

for _ <- 1..3 do
  receive do
    {:udp, ^b, _, _, data} -> IO.inspect(data, label: "active: 2")
    {:udp_passive, ^b} -> IO.puts("passive")
  end
end

IO.inspect(:gen_udp.recv(b, 0, 1000) |> elem(1) |> elem(2), label: "the third, by recv")

{:ok, c} = :gen_udp.open(0, [:list, active: false])
{:ok, pc} = :inet.port(c)
:gen_udp.send(a, {127, 0, 0, 1}, pc, "abc")
IO.inspect(:gen_udp.recv(c, 0) |> elem(1) |> elem(2), label: "list mode")

# handing the socket over with a datagram already in the mailbox
:ok = :inet.setopts(c, active: true)
:gen_udp.send(a, {127, 0, 0, 1}, pc, "for the heir")
receive do
  {:udp, ^c, _, _, _} = m -> send(self(), m)
end

parent = self()
heir = spawn(fn -> receive do: ({:udp, _, _, _, d} -> send(parent, {:heir, d})) end)
IO.inspect(:gen_udp.controlling_process(c, heir), label: "controlling_process")
receive do: ({:heir, d} -> IO.inspect(d, label: "heir got"))

IO.inspect(:gen_udp.open(pa, []), label: "port in use")
IO.inspect(:gen_udp.close(a), label: "close")
IO.inspect(:gen_udp.send(a, {127, 0, 0, 1}, pb, "x"), label: "send, closed")
IO.inspect(:gen_udp.recv(a, 0), label: "recv, closed")
IO.inspect(:inet.port(a), label: "port, closed")
IO.inspect((try do :gen_udp.open(0, [:bogus]) catch :exit, r -> {:exit, r} end), label: "a bad option")
{:ok, d} = :gen_udp.open(0)
IO.inspect(:inet.getopts(d, [:active, :mode]), label: "open/1")
