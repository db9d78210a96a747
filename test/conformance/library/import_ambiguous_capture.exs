# capturing a function imported from two modules is ambiguous too
defmodule A do
  def f(x), do: x
end

defmodule B do
  def f(x), do: x + 1
end

defmodule C do
  import A
  import B
  def g, do: &f/1
end
