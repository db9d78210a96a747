# @on_load naming a function the module does not define (with arity 0) is a CompileError at the
# defmodule's line, raised before the module's code is compiled; beamlet ignored @on_load.
IO.puts("before")

defmodule OnLoadUndefined do
  def init(x), do: x
  @on_load :init
  def f, do: 1
end

IO.puts("not reached")
