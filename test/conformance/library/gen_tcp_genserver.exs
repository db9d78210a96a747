# A GenServer-based TCP server: an acceptor process hands each connection to a GenServer that owns
# its socket in active: :once mode and answers commands a line at a time.
defmodule KV.Conn do
  use GenServer

  def start(socket), do: GenServer.start(__MODULE__, socket)

  @impl true
  def init(socket), do: {:ok, %{socket: socket, store: %{}}}

  @impl true
  def handle_cast(:go, state) do
    :ok = :inet.setopts(state.socket, active: :once)
    {:noreply, state}
  end

  @impl true
  def handle_info({:tcp, socket, line}, %{socket: socket} = state) do
    {reply, store} = command(String.split(String.trim_trailing(line)), state.store)
    :ok = :gen_tcp.send(socket, reply <> "\n")
    :ok = :inet.setopts(socket, active: :once)
    {:noreply, %{state | store: store}}
  end

  def handle_info({:tcp_closed, socket}, %{socket: socket} = state) do
    {:stop, :normal, state}
  end

  defp command(["PUT", k, v], store), do: {"OK", Map.put(store, k, v)}
  defp command(["GET", k], store), do: {Map.get(store, k, "NONE"), store}
  defp command(["KEYS"], store), do: {store |> Map.keys() |> Enum.join(","), store}
  defp command(_, store), do: {"ERROR", store}
end

defmodule KV.Server do
  def start(parent) do
    {:ok, listen} = :gen_tcp.listen(0, [:binary, packet: :line, active: false, reuseaddr: true])
    {:ok, port} = :inet.port(listen)
    pid = spawn(fn -> loop(listen, parent) end)
    :ok = :gen_tcp.controlling_process(listen, pid)
    {port, pid}
  end

  defp loop(listen, parent) do
    {:ok, socket} = :gen_tcp.accept(listen)
    {:ok, conn} = KV.Conn.start(socket)
    :ok = :gen_tcp.controlling_process(socket, conn)
    GenServer.cast(conn, :go)
    send(parent, {:conn, conn})
    loop(listen, parent)
  end
end

{port, server} = KV.Server.start(self())

ask = fn socket, line ->
  :ok = :gen_tcp.send(socket, line <> "\n")
  {:ok, reply} = :gen_tcp.recv(socket, 0, 5000)
  String.trim_trailing(reply)
end

{:ok, a} = :gen_tcp.connect('localhost', port, [:binary, packet: :line, active: false])
{:ok, b} = :gen_tcp.connect('localhost', port, [:binary, packet: :line, active: false])

for line <- ["PUT x 1", "PUT y 2", "GET x", "GET z", "KEYS", "BOGUS"] do
  IO.puts("a: #{line} -> #{ask.(a, line)}")
end

IO.puts("b: KEYS -> #{ask.(b, "KEYS")}")
IO.puts("b: PUT z 9 -> #{ask.(b, "PUT z 9")}")

# a connection's GenServer stops when its client goes away
conn_a = receive do: ({:conn, c} -> c)
conn_b = receive do: ({:conn, c} -> c)
ref = Process.monitor(conn_a)
:gen_tcp.close(a)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "a's server stopped")
end
IO.inspect(Process.alive?(conn_b), label: "b's server alive")
IO.puts("b: GET z -> #{ask.(b, "GET z")}")

# the acceptor owns the listen socket: when it dies the socket closes
Process.exit(server, :kill)
IO.inspect(:gen_tcp.connect('localhost', port, []), label: "connect after the acceptor died")
