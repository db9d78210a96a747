# a macro raising a RuntimeError while expanding a module body
defmodule Boom do
  defmacro explode(msg), do: raise(msg)
end

defmodule User do
  require Boom
  Boom.explode("kaboom")
end
