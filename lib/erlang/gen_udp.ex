# :gen_udp over beamlet's UDP ports (vm/bifs/udp.ts; the port table is :gen_tcp's, vm/bifs/tcp.ts).
# open/send/recv wait for {:beamlet_tcp, ref, result} in a receive (:inet.__wait__/1,3), as :gen_tcp's calls do.
defmodule :gen_udp do
  def open(port), do: open(port, [])

  def open(port, opts) when is_integer(port) and port >= 0 and port <= 65535 and is_list(opts) do
    case :beamlet_udp.open(port, opts) do
      :badarg ->
        exit(:badarg)

      {:wait, ref} ->
        :inet.__wait__(ref)

      result ->
        result
    end
  end

  def send(socket, address, port, packet) when is_port(socket) do
    case :beamlet_udp.send(socket, address, port, packet) do
      {:wait, ref} ->
        :inet.__wait__(ref)

      result ->
        result
    end
  end

  # OTP 25's send/3 takes a {address, port} destination
  def send(socket, {address, port}, packet) when is_port(socket), do: send(socket, address, port, packet)

  def recv(socket, length) when is_port(socket) and is_integer(length) and length >= 0,
    do: recv(socket, length, :infinity)

  def recv(socket, length, timeout)
      when is_port(socket) and is_integer(length) and length >= 0 and
             (timeout == :infinity or (is_integer(timeout) and timeout >= 0)) do
    case :beamlet_udp.recv(socket) do
      {:wait, ref} ->
        :inet.__wait__(socket, ref, timeout)

      result ->
        result
    end
  end

  def close(socket) when is_port(socket), do: :beamlet_tcp.close(socket)

  # the datagrams already sent to the caller follow the socket to its new owner
  # (as inet:udp_controlling_process/2: :inet.__controlling_process__/3)
  def controlling_process(socket, pid) when is_port(socket) and is_pid(pid),
    do: :inet.__controlling_process__(socket, pid, &move_messages/2)

  defp move_messages(socket, pid) do
    receive do
      {:udp, ^socket, _, _, _} = m ->
        Kernel.send(pid, m)
        move_messages(socket, pid)

      {:udp_passive, ^socket} = m ->
        Kernel.send(pid, m)
        move_messages(socket, pid)
    after
      0 -> :ok
    end
  end
end
