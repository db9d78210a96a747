# The body is expanded before it runs: the warning of `missing` (read as a call) and the error
# of that call come before the body's first line is printed
defmodule Expanded do
  IO.puts("body: first line")
  def f, do: 1
  IO.puts(missing)
end
