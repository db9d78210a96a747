# A script's uncaught error as `elixir FILE.exs` prints it: the file's frames, then
# Code.require_file's (the page runs a script as that command runs a file)
defmodule M do
  def f(x), do: x.foo
end

IO.puts("before")
M.f(1)
