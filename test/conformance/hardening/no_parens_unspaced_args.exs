# An identifier ending in ! or ? (or any identifier before a string, `{`, `%`, a sigil or a unary
# operator) takes what follows it unspaced as the argument of a call without parentheses:
# `a!@b` is `a!(@b)`. `[`, `(`, and an unspaced - or + keep their other meanings.
defmodule Unspaced do
  @b 5
  def a!(x), do: {:bang, x}
  def a?(x), do: {:question, x}
  def a!, do: 10
  def tag(x), do: {:tag, x}

  def run do
    IO.inspect(a!@b)
    IO.inspect(a?@b)
    IO.inspect(a!!true)
    IO.inspect(a!"s")
    IO.inspect(a!1)
    IO.inspect(a!{1, 2})
    IO.inspect(a!%{k: 1})
    IO.inspect(a!~w(x y))
    IO.inspect(a!?c)
    IO.inspect(a!@b + 1)
    IO.inspect(a!-1)
    IO.inspect(a!+1)
    IO.inspect(tag"s")
    IO.inspect(tag{1})
    IO.inspect(tag%{})
  end
end

Unspaced.run()

for code <- ["a!@b", "a!b", "a?!b", "a!&b", "a!^b", "a!~~~b", "a!fn -> 1 end", "a!<<1>>", "a!A.b", "a!not b", "a!...", "x.y!@b", "a\"s\"", "a'c'", "a^b", "a!-b", "a!==b", "a![1]"] do
  IO.puts("#{code} -> #{inspect(Code.string_to_quoted!(code))}")
end
