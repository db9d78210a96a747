# Elixir expands a module's whole body before running any of it: the undefined function at the
# end of the body is a CompileError before the body's first IO.puts runs (the script's own code
# before the defmodule has run)
IO.puts("before the module")

defmodule Expanded do
  IO.puts("body: first line")
  def f, do: 1
  x = 1
  IO.puts("body: #{x}")
  if x > 0 do
    undefined_in_body(x)
  end
end

IO.puts("never printed")
