# The echo server of Elixir's "Task and gen_tcp" guide: a Task.Supervisor serves each client in a
# task of its own, the acceptor hands each socket over with controlling_process/2, and clients
# read and write lines (packet: :line).
defmodule KVServer do
  require Logger

  def accept(port, parent) do
    {:ok, socket} = :gen_tcp.listen(port, [:binary, packet: :line, active: false, reuseaddr: true])
    {:ok, port} = :inet.port(socket)
    send(parent, {:listening, port})
    loop_acceptor(socket)
  end

  defp loop_acceptor(socket) do
    {:ok, client} = :gen_tcp.accept(socket)
    {:ok, pid} = Task.Supervisor.start_child(KVServer.TaskSupervisor, fn -> serve(client) end)
    :ok = :gen_tcp.controlling_process(client, pid)
    loop_acceptor(socket)
  end

  defp serve(socket) do
    case read_line(socket) do
      {:ok, "quit\r\n"} ->
        write_line("bye\r\n", socket)
        :gen_tcp.close(socket)

      {:ok, data} ->
        write_line(String.upcase(data), socket)
        serve(socket)

      {:error, :closed} ->
        :ok
    end
  end

  defp read_line(socket), do: :gen_tcp.recv(socket, 0)

  defp write_line(line, socket), do: :gen_tcp.send(socket, line)
end

{:ok, _} = Task.Supervisor.start_link(name: KVServer.TaskSupervisor)
parent = self()
{:ok, _acceptor} = Task.start_link(fn -> KVServer.accept(0, parent) end)
port = receive do: ({:listening, port} -> port)

clients =
  for name <- ["ann", "bob", "cy"] do
    {:ok, socket} = :gen_tcp.connect('localhost', port, [:binary, packet: :line, active: false])
    {name, socket}
  end

for round <- 1..2, {name, socket} <- clients do
  :ok = :gen_tcp.send(socket, "#{name} says hello #{round}\r\n")
  {:ok, reply} = :gen_tcp.recv(socket, 0, 5000)
  IO.write(reply)
end

for {_name, socket} <- clients do
  :ok = :gen_tcp.send(socket, "quit\r\n")
  IO.inspect(:gen_tcp.recv(socket, 0, 5000), label: "on quit")
  IO.inspect(:gen_tcp.recv(socket, 0, 5000), label: "then")
end

IO.inspect(Task.Supervisor.children(KVServer.TaskSupervisor), label: "tasks left")
