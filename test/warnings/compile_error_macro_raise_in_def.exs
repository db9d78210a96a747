defmodule Mc do
  defmacro m(x), do: raise(ArgumentError, "bad #{x}")
end
defmodule U do
  require Mc
  def f, do: Mc.m(1)
end
