# :inet's socket functions for :gen_tcp's ports (vm/bifs/tcp.ts); the address text functions
# (ntoa, parse_address ...) are BIFs (vm/bifs/inet.ts).
defmodule :inet do
  def setopts(socket, opts) when is_port(socket) and is_list(opts), do: :beamlet_tcp.setopts(socket, opts)

  def getopts(socket, opts) when is_port(socket) and is_list(opts), do: :beamlet_tcp.getopts(socket, opts)

  def port(socket) when is_port(socket), do: :beamlet_tcp.port(socket)

  def peername(socket) when is_port(socket), do: :beamlet_tcp.peername(socket)

  def sockname(socket) when is_port(socket), do: :beamlet_tcp.sockname(socket)

  def close(socket) when is_port(socket), do: :beamlet_tcp.close(socket)

  def gethostname(), do: {:ok, :beamlet_inet.gethostname()}

  def getaddrs(host, family) do
    case :beamlet_inet.getaddrs(host, family) do
      {:wait, ref} ->
        receive do
          {:beamlet_tcp, ^ref, result} -> result
        end

      result ->
        result
    end
  end

  def getaddr(host, family) do
    case getaddrs(host, family) do
      {:ok, [ip | _]} -> {:ok, ip}
      error -> error
    end
  end

  @doc false
  # gen_tcp's and gen_udp's controlling_process/2, as OTP's inet:tcp_controlling_process/2 and
  # udp_controlling_process/2: the socket's messages already in the caller's mailbox follow it to
  # the new owner, in order, before it sends any more there (move_messages knows their shapes)
  def __controlling_process__(socket, pid, move_messages) do
    case :beamlet_tcp.owner(socket) do
      :closed ->
        {:error, :closed}

      owner when owner != self() ->
        {:error, :not_owner}

      _ when pid == self() ->
        :ok

      _ ->
        {:ok, [active: active]} = :beamlet_tcp.getopts(socket, [:active])
        :beamlet_tcp.setopts(socket, active: false)
        move_messages.(socket, pid)

        case :beamlet_tcp.set_owner(socket, pid) do
          :ok ->
            # (setopts adds an active: N count to a running one: the socket is passive now)
            if active != false and :beamlet_tcp.is_open(socket), do: :beamlet_tcp.setopts(socket, active: active)
            :ok

          error ->
            error
        end
    end
  end
end
