# Port: beamlet's only ports are :gen_tcp's sockets (vm/bifs/tcp.ts). Programs run through
# System.cmd/System.shell (a web page runs none), so open/2 raises an ErlangError saying why
# (:erlang.open_port/2 in vm/bifs/system_cmd.ts).
defmodule Port do
  def open(name, options), do: :erlang.open_port(name, options)

  def list(), do: :erlang.ports()

  def close(port), do: :erlang.port_close(port)

  def monitor(port), do: :erlang.monitor(:port, port)
  def demonitor(ref, options \\ []), do: :erlang.demonitor(ref, options)

  def info(port) do
    case :erlang.port_info(port) do
      :undefined -> nil
      info -> info
    end
  end

  def info(port, :registered_name) do
    case :erlang.port_info(port, :registered_name) do
      :undefined -> nil
      [] -> {:registered_name, []}
      other -> other
    end
  end

  def info(port, item) do
    case :erlang.port_info(port, item) do
      :undefined -> nil
      info -> info
    end
  end
end
