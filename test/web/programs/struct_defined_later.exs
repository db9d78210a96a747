# a struct that a module uses before the file defines it is a compile error, as elixir FILE.exs says
defmodule UsesLater do
  def f, do: %DefinedLater{a: 1}
end

defmodule DefinedLater do
  defstruct a: 0
end

IO.inspect(UsesLater.f())
