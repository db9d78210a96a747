# a struct of a module the same file defines, used at its top level: Elixir has told the unused
# variables of the clauses it expanded before (a rescue's, a fn's) when the error comes
defmodule Shift do
  defstruct [:worker, hours: 0]
end

total =
  try do
    String.to_integer("8")
  rescue
    e -> 0
  end

add = fn shift, extra -> total end
IO.inspect(%Shift{worker: "ann", hours: add.(total, 1)})
