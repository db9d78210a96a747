# a @type naming a local type the module does not define is a CompileError once the module's
# code is compiled (after its warnings); the first such type in the order written is reported
defmodule Shapes do
  @type point :: {integer, integer}
  @type shape :: point | {:circle, point, radius} | polygon
  @type polygon :: [point, ...]
  @type later :: also_missing
  defp unused, do: :ok
end
IO.puts(:not_reached)
