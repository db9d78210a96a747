defmodule A do
  defmacro m, do: raise "boom"
end
defmodule C do
  require A
  A.m()
end
