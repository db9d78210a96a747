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
        __wait__(ref)

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

  @doc false
  # the host's answer to a socket call that returned {:wait, ref}: it comes as a message, so only
  # the calling process blocks (gen_tcp, gen_udp, getaddrs)
  def __wait__(ref) do
    receive do
      {:beamlet_tcp, ^ref, result} -> result
    end
  end

  @doc false
  # the same with a timeout: the wait is cancelled, and an answer that came meanwhile is taken
  def __wait__(socket, ref, timeout) do
    receive do
      {:beamlet_tcp, ^ref, result} -> result
    after
      timeout ->
        :beamlet_tcp.cancel(socket, ref)

        receive do
          {:beamlet_tcp, ^ref, result} -> result
        after
          0 -> {:error, :timeout}
        end
    end
  end
end
