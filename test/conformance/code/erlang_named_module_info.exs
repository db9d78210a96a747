# A module a program defines has __info__/1 whatever its name (`defmodule :name`), as every
# module Elixir compiles; an Erlang module (:lists) has none.
defmodule :beamlet_probe_mod do
  def f, do: 1
  def g(x), do: x
end

defmodule Caller do
  def info(m, what), do: m.__info__(what)
end

IO.inspect :beamlet_probe_mod.__info__(:functions)
IO.inspect :beamlet_probe_mod.__info__(:module)
IO.inspect Caller.info(:beamlet_probe_mod, :functions)
IO.inspect function_exported?(:beamlet_probe_mod, :__info__, 1)
IO.inspect :beamlet_probe_mod.module_info(:exports) |> Enum.sort()
try do
  Caller.info(:lists, :module)
rescue
  e -> IO.puts(Exception.message(e))
end
