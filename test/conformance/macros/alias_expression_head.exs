# An alias after an expression that is no alias (`__MODULE__.A.B`, `var.A.B`, `@attr.A`) is one
# __aliases__ node whose first element is that expression, as Elixir's parser builds it; at
# compile time __MODULE__ and attributes expand, a variable head is an invalid alias
defmodule Outer do
  defmodule Inner.Deep do
    def hi, do: :deep
  end

  def go, do: __MODULE__.Inner.Deep.hi()
  def name, do: __MODULE__.Inner.Deep
end

IO.inspect(Outer.go())
IO.inspect(Outer.name())
IO.inspect(Macro.to_string(quote do: __MODULE__.A.B))
IO.inspect(quote(do: __MODULE__.A.B))
IO.inspect(Code.string_to_quoted("foo.Bar.Baz"))
IO.inspect(Code.string_to_quoted("__MODULE__.Bar.Baz.Qux", columns: true))
IO.inspect(Code.string_to_quoted("@a.B.C"))
IO.inspect(Code.string_to_quoted("foo.Bar.Baz", token_metadata: true, columns: true))

defmodule X do
  @mod String
  def f, do: @mod.Chars
  defmacro m(a), do: Macro.escape(a)
  def g, do: m(__MODULE__.Y.Z)
end

IO.inspect(X.f())
IO.inspect(X.g())

try do
  Code.eval_string("m = 1\nm.A.B")
rescue
  e -> IO.inspect(e)
end
