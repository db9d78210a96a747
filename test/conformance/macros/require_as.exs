# require with :as, alias then require, and macros through an alias
defmodule Very.Long.Name.Macros do
  defmacro answer, do: 42
  defmacro add(a, b), do: quote(do: unquote(a) + unquote(b))
end

defmodule A do
  require Very.Long.Name.Macros, as: M
  def run, do: {M.answer(), M.add(1, 2)}
end

defmodule B do
  alias Very.Long.Name.Macros
  require Macros
  def run, do: Macros.add(Macros.answer(), 1)
end

IO.inspect(A.run())
IO.inspect(B.run())
