# Port: programs (:erlang.open_port/2, vm/bifs/open_port.ts; a web page runs none) and :gen_tcp's
# sockets (vm/bifs/tcp.ts).
defmodule Port do
  def open(name, options), do: :erlang.open_port(name, options)

  def list(), do: :erlang.ports()

  # (Elixir inlines both into :erlang's, which the trace shows with the arguments given)
  def command(port, data), do: :erlang.port_command(port, data)
  def command(port, data, options), do: :erlang.port_command(port, data, options)

  def connect(port, pid), do: :erlang.port_connect(port, pid)

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
