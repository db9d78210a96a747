# An echo server: a Task accepts connections and serves each in a Task of its own; clients in
# the same script talk to it over loopback (port 0 picks a free port; :inet.port/1 tells it).
defmodule Echo do
  def start do
    {:ok, listen} = :gen_tcp.listen(0, [:binary, packet: :raw, active: false, reuseaddr: true])
    {:ok, port} = :inet.port(listen)
    acceptor = Task.async(fn -> accept_loop(listen, 0) end)
    {listen, port, acceptor}
  end

  defp accept_loop(listen, served) do
    case :gen_tcp.accept(listen) do
      {:ok, socket} ->
        {:ok, pid} = Task.start(fn -> serve(socket) end)
        :ok = :gen_tcp.controlling_process(socket, pid)
        accept_loop(listen, served + 1)

      {:error, :closed} ->
        {:acceptor_done, served}
    end
  end

  defp serve(socket) do
    case :gen_tcp.recv(socket, 0) do
      {:ok, data} ->
        :ok = :gen_tcp.send(socket, data)
        serve(socket)

      {:error, :closed} ->
        :gen_tcp.close(socket)
    end
  end
end

{listen, port, acceptor} = Echo.start()
IO.inspect(is_port(listen), label: "listen socket is a port")
IO.inspect(inspect(listen) =~ ~r/^#Port<0\.\d+>$/, label: "inspected as a port")

echo = fn socket, text ->
  :ok = :gen_tcp.send(socket, text)
  {:ok, reply} = :gen_tcp.recv(socket, byte_size(text))
  reply
end

{:ok, a} = :gen_tcp.connect('localhost', port, [:binary, active: false])
{:ok, b} = :gen_tcp.connect({127, 0, 0, 1}, port, [:binary, active: false])
IO.inspect(echo.(a, "hello"), label: "a")
IO.inspect(echo.(b, "world"), label: "b")
IO.inspect(echo.(a, String.duplicate("x", 100_000)) |> byte_size(), label: "a, a large one")
IO.inspect(echo.(b, <<0, 1, 2, 255>>), label: "b, bytes")
{:ok, {ip, _}} = :inet.peername(a)
IO.inspect(ip, label: "a's peer")
{:ok, {lip, _}} = :inet.sockname(listen)
IO.inspect(lip, label: "listening on")
IO.inspect(:gen_tcp.close(a), label: "close a")
IO.inspect(echo.(b, "still here"), label: "b")
:gen_tcp.close(b)

# a list-mode client gets charlists
{:ok, c} = :gen_tcp.connect('localhost', port, [:list, active: false])
:ok = :gen_tcp.send(c, ['ab', ?c | "de"])
IO.inspect(:gen_tcp.recv(c, 5), label: "list mode")
:gen_tcp.close(c)

:gen_tcp.close(listen)
IO.inspect(Task.await(acceptor), label: "acceptor")
