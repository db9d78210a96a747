# Port: beamlet has no ports (a program runs through System.cmd/System.shell; a web page runs
# none), so opening one raises an ErlangError saying why (:erlang.open_port/2 in
# vm/bifs/system_cmd.ts) and no port is ever open.
defmodule Port do
  def open(name, options), do: :erlang.open_port(name, options)

  def list(), do: :erlang.ports()
end
