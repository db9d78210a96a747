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
end
