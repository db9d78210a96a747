# Elixir goes through a module's types kind by kind (@type, @opaque, then @typep), each in the
# order written: a name/arity defined twice is reported at the later one in that order
defmodule Ids do
  @typep id :: integer
  @type name :: String.t()
  @opaque id :: {:id, integer}
end
IO.puts(:not_reached)
