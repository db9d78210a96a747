# an undefined local function given `->` clauses: refused before it is found undefined
defmodule A do
  def f() do
    if true, do: 1 do y -> y end
  end
end
