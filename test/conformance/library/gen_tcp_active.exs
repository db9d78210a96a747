# Active sockets send their data to the owner: active: :once a message at a time (re-armed with
# :inet.setopts/2), active: N then {:tcp_passive, socket}, active: true until {:tcp_closed, socket}.
{:ok, listen} = :gen_tcp.listen(0, [:binary, active: false, packet: :line])
{:ok, port} = :inet.port(listen)
{:ok, client} = :gen_tcp.connect('localhost', port, [:binary, active: false])
{:ok, s} = :gen_tcp.accept(listen)

strip = fn
  {tag, sock, data} when sock == s -> {tag, :socket, data}
  {tag, sock} when sock == s -> {tag, :socket}
  other -> other
end

next = fn ->
  receive do
    m -> strip.(m)
  after
    200 -> :nothing
  end
end

:ok = :gen_tcp.send(client, Enum.map(1..8, &"line #{&1}\n"))

# an active: :once loop
once_loop = fn _loop, 0 -> :ok
  loop, n ->
    :ok = :inet.setopts(s, active: :once)
    IO.inspect(next.(), label: "once")
    IO.inspect(:inet.getopts(s, [:active]), label: "then")
    loop.(loop, n - 1)
end

once_loop.(once_loop, 3)
IO.inspect(next.(), label: "passive again")

:ok = :inet.setopts(s, active: 2)
IO.inspect(for(_ <- 1..3, do: next.()), label: "active: 2")
IO.inspect(:inet.getopts(s, [:active]), label: "after the count")

# counts add up; a sum at or below zero makes the socket passive at once
:ok = :inet.setopts(s, active: 0)
IO.inspect(next.(), label: "active: 0")

:ok = :inet.setopts(s, active: true)
IO.inspect(for(_ <- 1..3, do: next.()), label: "active: true")
:gen_tcp.close(client)
IO.inspect(next.(), label: "peer closed")
IO.inspect(next.(), label: "then")
IO.inspect(:gen_tcp.send(s, "x"), label: "send after tcp_closed")
IO.inspect(Port.info(s), label: "the port after tcp_closed")

# recv on an active socket
{:ok, c2} = :gen_tcp.connect('localhost', port, [:binary, active: true])
IO.inspect(:gen_tcp.recv(c2, 0), label: "recv when active")
:gen_tcp.close(c2)
