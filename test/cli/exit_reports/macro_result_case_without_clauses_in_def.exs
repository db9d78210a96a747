# a case with no clauses in what a macro of the program returned, in a def
defmodule MacroResultCase do
  defmacro no_clauses, do: quote(do: case(1, do: []))
end

defmodule MacroResultCaseUser do
  require MacroResultCase
  def f, do: MacroResultCase.no_clauses()
end
