# a typespec with `when` constraints inside quote, and a nested quote's metadata
q = quote do
  @spec f(a) :: a when a: term
  @spec g(a, b) :: {a, b} when a: atom, b: integer
  def f(a), do: a
end
IO.inspect(q)
IO.puts(Macro.to_string(q))
IO.inspect(quote(do: quote(do: unquote(x))))
IO.inspect(quote(context: Foo, do: quote(do: 1)))
