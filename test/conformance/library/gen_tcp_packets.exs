# Framing: packet: :line hands out one line at a time (a line cut by the peer's close is dropped),
# packet: 1|2|4 prefixes each message with its length, and recv/2 of a byte count waits for
# exactly that many bytes of a raw socket.
{:ok, listen} = :gen_tcp.listen(0, [:binary, active: false, packet: :line])
{:ok, port} = :inet.port(listen)
parent = self()

server =
  Task.async(fn ->
    {:ok, s} = :gen_tcp.accept(listen)
    IO.inspect(:inet.getopts(s, [:active, :packet, :mode]), label: "accepted socket inherits")
    lines = for _ <- 1..3, do: elem(:gen_tcp.recv(s, 0), 1)
    IO.inspect(lines, label: "lines")
    IO.inspect(:gen_tcp.recv(s, 3), label: "a length with packet: :line")
    send(parent, :read)
    IO.inspect(:gen_tcp.recv(s, 0), label: "after the cut line")
    :done
  end)

{:ok, c} = :gen_tcp.connect('localhost', port, [:binary, active: false])
:ok = :gen_tcp.send(c, "one\ntw")
:ok = :gen_tcp.send(c, "o\nthree\nfour")
receive do
  :read -> :gen_tcp.close(c)
end

IO.inspect(Task.await(server))
:gen_tcp.close(listen)

for n <- [1, 2, 4] do
  {:ok, listen} = :gen_tcp.listen(0, [:binary, active: false, packet: n])
  {:ok, port} = :inet.port(listen)
  {:ok, c} = :gen_tcp.connect('localhost', port, [:binary, active: false, packet: :raw])
  {:ok, s} = :gen_tcp.accept(listen)
  :ok = :gen_tcp.send(s, "abc")
  :ok = :gen_tcp.send(s, ["de", ?f])
  IO.inspect(:gen_tcp.recv(c, n + 3), label: "packet: #{n} on the wire")
  IO.inspect(:gen_tcp.recv(c, n + 3), label: "packet: #{n} on the wire")
  :ok = :gen_tcp.send(c, <<0::size(n)-unit(8)>> <> <<5::size(n)-unit(8), "hello">>)
  IO.inspect(:gen_tcp.recv(s, 0), label: "packet: #{n} empty message")
  IO.inspect(:gen_tcp.recv(s, 0), label: "packet: #{n} received")
  IO.inspect(:gen_tcp.recv(s, 2), label: "packet: #{n} with a length")
  :gen_tcp.close(c)
  IO.inspect(:gen_tcp.recv(s, 0), label: "packet: #{n} after close")
  :gen_tcp.close(s)
  :gen_tcp.close(listen)
end

{:ok, listen} = :gen_tcp.listen(0, [:binary, active: false])
{:ok, port} = :inet.port(listen)
{:ok, c} = :gen_tcp.connect('localhost', port, [:binary, active: false])
{:ok, s} = :gen_tcp.accept(listen)
:ok = :gen_tcp.send(c, "abcdefgh")
IO.inspect(:gen_tcp.recv(s, 3), label: "3 bytes")
IO.inspect(:gen_tcp.recv(s, 5), label: "5 bytes")
:ok = :gen_tcp.send(c, "xy")
IO.inspect(:gen_tcp.recv(s, 3, 100), label: "3 of 2 bytes")
:gen_tcp.close(c)
IO.inspect(:gen_tcp.recv(s, 3), label: "3 bytes, peer closed")
IO.inspect(:gen_tcp.recv(s, 0), label: "again")
