# ...inside a case of a macro another macro returned: each macro's frame and the def's, innermost first
defmodule MacroResultNested do
  defmacro inner(x), do: quote(do: case(unquote(x), do: (v -> :trim.(v))))
  defmacro outer(x), do: quote(do: MacroResultNested.inner(unquote(x)))
end

defmodule MacroResultNestedUser do
  require MacroResultNested

  def k(v), do: MacroResultNested.outer(v)
end
