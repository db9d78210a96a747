# in a def, the error is raised from the module body's frame
defmodule M do
  def f(x), do: :a.(x)
end
