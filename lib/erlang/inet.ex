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

  # (integers only: anything else fails the guard, as inet.erl's bor does)
  def is_ipv4_address({a, b, c, d}) when is_integer(a) and is_integer(b) and is_integer(c) and is_integer(d),
    do: Bitwise.band(Bitwise.bor(Bitwise.bor(a, b), Bitwise.bor(c, d)), Bitwise.bnot(255)) == 0

  def is_ipv4_address(_), do: false

  def is_ipv6_address({_, _, _, _, _, _, _, _} = t) do
    words = Tuple.to_list(t)
    Enum.all?(words, &is_integer/1) and Bitwise.band(Enum.reduce(words, 0, &Bitwise.bor/2), Bitwise.bnot(65535)) == 0
  end

  def is_ipv6_address(_), do: false

  def ipv4_mapped_ipv6_address({d1, d2, d3, d4})
      when is_integer(d1) and is_integer(d2) and is_integer(d3) and is_integer(d4) and
             Bitwise.bor(Bitwise.bor(d1, d2), Bitwise.bor(d3, d4)) < 256,
      do: {0, 0, 0, 0, 0, 65535, Bitwise.bor(Bitwise.bsl(d1, 8), d2), Bitwise.bor(Bitwise.bsl(d3, 8), d4)}

  def ipv4_mapped_ipv6_address({d1, d2, d3, d4, d5, d6, d7, d8} = t) do
    if Enum.all?(Tuple.to_list(t), &is_integer/1) and Bitwise.bor(Bitwise.bor(Bitwise.bor(d1, d2), Bitwise.bor(d3, d4)), Bitwise.bor(Bitwise.bor(d5, d6), Bitwise.bor(d7, d8))) < 65536 do
      {Bitwise.bsr(d7, 8), Bitwise.band(d7, 255), Bitwise.bsr(d8, 8), Bitwise.band(d8, 255)}
    else
      :erlang.error(:function_clause, [t])
    end
  end

  def format_error(:exbadport), do: 'invalid port state'
  def format_error(:exbadseq), do: 'bad command sequence'
  def format_error(:system_limit), do: 'a system limit was hit, probably not enough ports'
  def format_error(tag), do: :erl_posix_msg.message(tag)

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
