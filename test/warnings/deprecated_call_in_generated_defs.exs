# A def that a module-level `for` generates (def unquote(name)(...)) is checked under each name it
# made: a deprecated call or one to an undefined function warns at each, as Elixir's checker does
defmodule Generated do
  for name <- [:a, :b] do
    def unquote(name)(x), do: Enum.chunk(x, 2)
  end

  for {name, n} <- [c: 1, d: 2] do
    def unquote(name)() do
      String.nope(unquote(n))
    end
  end

  def unquote(:e)(x), do: Enum.chunk(x, 3)
  def f(x), do: Enum.chunk(x, 2)
end

IO.inspect(Generated.a([1, 2]))
IO.inspect(Generated.e([1, 2, 3]))
