# A struct whose module the same body defines cannot be expanded in that body: the module is
# defined only when the body runs, after its expansion. Nothing of the body is printed
IO.puts("before the module")

defmodule Outer do
  IO.puts("body: first line")

  defmodule Point do
    defstruct x: 0, y: 0
  end

  IO.puts("body: after Point")
  IO.inspect(%Point{x: 1})
end
