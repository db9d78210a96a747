# A socket is a port owned by a process: it closes when its owner exits (even a process blocked
# in accept or recv can be killed), and controlling_process/2 hands it to another process
# together with the active messages already waiting for the old owner.
{:ok, listen} = :gen_tcp.listen(0, [:binary, active: false, packet: 2])
{:ok, port} = :inet.port(listen)
parent = self()

# a process blocked in accept/1 is killed; the listen socket (owned by this process) stays
blocked = spawn(fn -> :gen_tcp.accept(listen) end)
Process.sleep(20)
Process.exit(blocked, :kill)
IO.inspect(Process.alive?(blocked), label: "blocked acceptor alive")

{:ok, client} = :gen_tcp.connect('localhost', port, [:binary, active: true, packet: 2])

owner =
  spawn(fn ->
    {:ok, s} = :gen_tcp.accept(listen)
    send(parent, {:accepted, s})
    # blocked in recv until killed
    :gen_tcp.recv(s, 0)
  end)

s =
  receive do
    {:accepted, s} -> s
  end

IO.inspect(:gen_tcp.send(s, "from a process that is not the owner"), label: "send by another")
IO.inspect(:gen_tcp.controlling_process(s, self()), label: "controlling_process by another")

receive do
  {:tcp, ^client, data} -> IO.inspect(data, label: "client got")
end

Process.exit(owner, :kill)

receive do
  {:tcp_closed, ^client} -> IO.puts("client: the owner died, the socket closed")
end

IO.inspect(:gen_tcp.send(s, "x"), label: "send on the dead owner's socket")
IO.inspect(Port.info(s), label: "its port")

# handing a socket over: the messages already sent to the old owner follow it
{:ok, c2} = :gen_tcp.connect('localhost', port, [:binary, active: false, packet: 2])
{:ok, s2} = :gen_tcp.accept(listen)
:ok = :inet.setopts(s2, active: true)
:ok = :gen_tcp.send(c2, "first")
:ok = :gen_tcp.send(c2, "second")

receive do
  {:tcp, ^s2, "first"} -> :ok
end

receive do
  {:tcp, ^s2, "second"} -> :ok
end

send(self(), {:tcp, s2, "first"})
send(self(), {:tcp, s2, "second"})

heir =
  spawn(fn ->
    receive do
      :go ->
        for _ <- 1..3 do
          receive do
            {:tcp, _, data} -> send(parent, {:heir_got, data})
          end
        end
    end
  end)

IO.inspect(:gen_tcp.controlling_process(s2, heir), label: "controlling_process")
IO.inspect(:gen_tcp.controlling_process(s2, self()), label: "given away: again")
IO.inspect(Port.info(s2, :connected) == {:connected, heir}, label: "connected to the heir")
:ok = :gen_tcp.send(c2, "third")
send(heir, :go)
for _ <- 1..3, do: receive(do: ({:heir_got, d} -> IO.inspect(d, label: "heir got")))
IO.inspect(Process.info(self(), :message_queue_len), label: "left here")

# a socket given to a process that is gone closes
{:ok, c3} = :gen_tcp.connect('localhost', port, [:binary, active: false])
dead = spawn(fn -> :ok end)
ref = Process.monitor(dead)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
IO.inspect(:gen_tcp.controlling_process(c3, dead), label: "to a dead process")
IO.inspect(:gen_tcp.send(c3, "x"), label: "send then")
