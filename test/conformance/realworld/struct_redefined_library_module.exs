# a script defining Config (Elixir's own module, already loaded) and expanding %Config{} at the
# top level before the module is defined: the loaded Config has no __struct__
IO.puts("start")

defmodule Config do
  defstruct [:a]
end

IO.inspect(%Config{})
