# with's option errors inside a def: the trace is the expander's walk down to the with, cut so
# the module body's frame shows (the def's line)
defmodule Steps do
  def run(x) do
    with {:ok, y} <- x, else: y
  end
end
