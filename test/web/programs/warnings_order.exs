# Warnings of a script in the order `elixir FILE.exs` prints them: the top level's before it runs,
# a module's when it is defined, the file's (an undefined remote function) once it has run.
IO.puts("before the module")
defmodule UsesMissing do
  def f(unused), do: String.no_such_function(1)
end
IO.puts("after the module")
