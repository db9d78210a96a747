# the same in a pattern: "a" <> <<y::1>> is a CompileError (beamlet never matched it)
IO.puts("never printed")

defmodule M do
  def f("a" <> <<y::8>>), do: y
  def g("a" <> <<y::1>>), do: y
end
