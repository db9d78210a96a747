# errors in what macros of the program returned: a case with no clauses in a def (the clauses'
# mapfoldl frame above the macro's), a nested macro's in the module body ("U (module)" frames)
defmodule MacroResultKinds do
  defmacro no_clauses, do: quote(do: case(1, do: []))
  defmacro bad(x), do: quote(do: [unquote(x), :trim.(1)])
  defmacro outer, do: quote(do: MacroResultKinds.bad(2))
end

defmodule MacroResultKindsBody do
  require MacroResultKinds
  MacroResultKinds.outer()
end
