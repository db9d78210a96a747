# A name imported from a module the script defined and from List (whose first/1 beamlet also has
# as a built-in) is ambiguous where it is called: a CompileError, nothing of the script runs
defmodule Firsts do
  def first(list), do: {:mine, list}
end

defmodule UsesFirsts do
  import Firsts
  import List
  def f, do: first([1, 2])
end

IO.inspect(UsesFirsts.f())
