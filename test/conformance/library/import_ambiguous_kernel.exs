# importing a module again replaces what it imported before; Kernel counts as imported, so a
# module defining one of its names makes a bare call ambiguous
defmodule A do
  def f(x), do: {:a, x}
  def g(x), do: {:g, x}
end

defmodule B do
  def f(x), do: {:b, x}
end

defmodule C do
  import A, only: [f: 1, g: 1]
  import B
  import A, only: [g: 1]
  def run, do: {f(1), g(2)}
end

defmodule D do
  import Kernel, except: [to_string: 1]
  import Integer, only: [to_string: 1]
  def run, do: to_string(42)
end

IO.inspect C.run()
IO.inspect D.run()

defmodule E do
  import Integer
  def run, do: to_string(1)
end
