# Error returns: refused connections, a port in use, timeouts, closed sockets, bad options.
{:ok, listen} = :gen_tcp.listen(0, [:binary, active: false])
{:ok, port} = :inet.port(listen)

IO.inspect(:gen_tcp.listen(port, []), label: "port in use")
IO.inspect(:gen_tcp.accept(listen, 50), label: "accept timeout")

{:ok, c} = :gen_tcp.connect('localhost', port, [:binary, active: false])
{:ok, s} = :gen_tcp.accept(listen, 1000)
IO.inspect(:gen_tcp.recv(s, 0, 50), label: "recv timeout")
:ok = :gen_tcp.send(c, "late")
IO.inspect(:gen_tcp.recv(s, 0, 1000), label: "recv after a timeout")

IO.inspect(:gen_tcp.recv(listen, 0), label: "recv on a listen socket")
IO.inspect(:gen_tcp.send(listen, "x"), label: "send on a listen socket")
IO.inspect(:gen_tcp.accept(s), label: "accept on a connected socket")

:gen_tcp.close(c)
IO.inspect(:gen_tcp.recv(s, 0), label: "recv, peer closed")
IO.inspect(:gen_tcp.recv(s, 0), label: "recv again")
IO.inspect(:gen_tcp.send(s, "x"), label: "send, peer closed")
IO.inspect(:gen_tcp.close(s), label: "close")
IO.inspect(:gen_tcp.close(s), label: "close again")
IO.inspect(:gen_tcp.send(s, "x"), label: "send, closed")
IO.inspect(:gen_tcp.recv(s, 0), label: "recv, closed")
IO.inspect(:gen_tcp.shutdown(s, :write), label: "shutdown, closed")
IO.inspect(:inet.port(s), label: "port, closed")
IO.inspect(:inet.peername(s), label: "peername, closed")
IO.inspect(:inet.sockname(s), label: "sockname, closed")
IO.inspect(:inet.setopts(s, active: true), label: "setopts, closed")
IO.inspect(:inet.getopts(s, [:active]), label: "getopts, closed")
IO.inspect(:gen_tcp.controlling_process(s, self()), label: "controlling_process, closed")
IO.inspect(Port.info(s), label: "Port.info, closed")

IO.inspect(:inet.getopts(listen, [:active, :packet, :mode, :reuseaddr]), label: "listen options")
IO.inspect(:inet.setopts(listen, active: :sometimes), label: "a bad active")
IO.inspect(:inet.getopts(listen, [:no_such_option]), label: "an unknown option")
IO.inspect((try do :gen_tcp.listen(0, [:no_such_flag]) catch :exit, r -> {:exit, r} end), label: "listen, a bad option")
IO.inspect(:inet.peername(listen), label: "peername of a listen socket")

:gen_tcp.close(listen)
IO.inspect(:gen_tcp.accept(listen), label: "accept, closed")
IO.inspect(:gen_tcp.connect('localhost', port, [:binary]), label: "connect, nobody listening")
IO.inspect(:gen_tcp.connect({127, 0, 0, 1}, port, [], 1000), label: "connect with a timeout, refused")

try do
  :gen_tcp.connect("localhost", port, [])
rescue
  e in FunctionClauseError -> IO.inspect({e.module, e.function, e.arity}, label: "a binary host")
end

try do
  :gen_tcp.recv(:not_a_socket, 0)
rescue
  e in FunctionClauseError -> IO.inspect({e.module, e.function, e.arity}, label: "recv of no socket")
end
