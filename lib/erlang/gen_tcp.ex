# :gen_tcp over beamlet's TCP ports (vm/bifs/tcp.ts). A call the host answers later (listen,
# connect, accept, recv) gets {:wait, ref} from its BIF and waits here for {:beamlet_tcp, ref,
# result} in a receive (:inet.__wait__/1,3), so it blocks only its own process; a timeout cancels
# the wait, and an answer that came meanwhile is taken from the mailbox.
defmodule :gen_tcp do
  def listen(port, opts) when is_integer(port) and port >= 0 and port <= 65535 and is_list(opts) do
    case :beamlet_tcp.listen(port, opts) do
      :badarg -> exit(:badarg)
      {:wait, ref} -> :inet.__wait__(ref)
      result -> result
    end
  end

  def connect(address, port, opts)
      when (is_list(address) or is_atom(address) or is_tuple(address)) and is_integer(port) and
             port >= 0 and port <= 65535 and is_list(opts),
      do: connect(address, port, opts, :infinity)

  def connect(address, port, opts, timeout)
      when (is_list(address) or is_atom(address) or is_tuple(address)) and is_integer(port) and
             port >= 0 and port <= 65535 and is_list(opts) and
             (timeout == :infinity or (is_integer(timeout) and timeout >= 0)) do
    case :beamlet_tcp.connect(address, port, opts) do
      :badarg ->
        exit(:badarg)

      {:wait, ref, socket} ->
        receive do
          {:beamlet_tcp, ^ref, result} -> result
        after
          timeout ->
            # the port being opened closes; an answer that came meanwhile is dropped with it
            :beamlet_tcp.close(socket)

            receive do
              {:beamlet_tcp, ^ref, _} -> {:error, :timeout}
            after
              0 -> {:error, :timeout}
            end
        end

      result ->
        result
    end
  end

  def accept(listen) when is_port(listen), do: accept(listen, :infinity)

  def accept(listen, timeout) when is_port(listen) and (timeout == :infinity or (is_integer(timeout) and timeout >= 0)) do
    case :beamlet_tcp.accept(listen) do
      {:wait, ref} -> :inet.__wait__(listen, ref, timeout)
      result -> result
    end
  end

  def recv(socket, length) when is_port(socket) and is_integer(length) and length >= 0,
    do: recv(socket, length, :infinity)

  def recv(socket, length, timeout)
      when is_port(socket) and is_integer(length) and length >= 0 and
             (timeout == :infinity or (is_integer(timeout) and timeout >= 0)) do
    case :beamlet_tcp.recv(socket, length) do
      {:wait, ref} -> :inet.__wait__(socket, ref, timeout)
      result -> result
    end
  end

  def send(socket, packet) when is_port(socket), do: :beamlet_tcp.send(socket, packet)

  def close(socket) when is_port(socket), do: :beamlet_tcp.close(socket)

  def shutdown(socket, how) when is_port(socket) and how in [:read, :write, :read_write],
    do: :beamlet_tcp.shutdown(socket, how)

  # as inet:tcp_controlling_process/2 (:inet.__controlling_process__/3)
  def controlling_process(socket, pid) when is_port(socket) and is_pid(pid),
    do: :inet.__controlling_process__(socket, pid, &move_messages/2)

  defp move_messages(socket, pid) do
    receive do
      {:tcp, ^socket, _} = m -> forward(socket, pid, m)
      {:tcp_closed, ^socket} = m -> forward(socket, pid, m)
      {:tcp_error, ^socket, _} = m -> forward(socket, pid, m)
      {:tcp_passive, ^socket} = m -> forward(socket, pid, m)
    after
      0 -> :ok
    end
  end

  defp forward(socket, pid, m) do
    Kernel.send(pid, m)
    move_messages(socket, pid)
  end
end
