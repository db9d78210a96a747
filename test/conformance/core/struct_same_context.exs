# A script's top level is expanded before it runs: a struct its own defmodule defines cannot be
# built there (Elixir 1.14: CompileError "cannot access struct P ..."), and nothing is printed.
IO.puts("never printed: the whole file is expanded first")

defmodule P do
  defstruct a: 1
end

defmodule UsesP do
  # inside another module it is fine: UsesP is compiled when the script reaches it
  def make, do: %P{a: 2}
end

IO.inspect(UsesP.make())
IO.inspect(%P{})
