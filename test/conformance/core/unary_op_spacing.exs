# a spaced - or + unspaced before its operand, after a no-parens call's name: unary (the call's
# argument) unless the operand starts with ( [ { < % + - / > or : (then binary, as Elixir's tokenizer)
defmodule F do
  def f, do: 10
  def f(x), do: {:arg, x}
end

for s <- ["f - 1", "f -1, 2", "f -:a", "f -(1)", "f -[1]", "f -%{}", "f --1", "f -+1", "f -{1}",
          "f -<<1>>", "IO.puts -1", "IO.puts -:a", "F.f -(1)", "F.f -[1]", "F.f -:\"a b\"", "f.g -1",
          "f -1 do end", "f +(2)", "f +:a", "f -1", "f +x", "f! -1", "@a -1", "f g -1", "f -\"a\"", "x = 1; x -1"] do
  IO.puts(s <> " => " <> inspect(Code.string_to_quoted!(s)))
end
IO.inspect(Code.string_to_quoted!("f -1", columns: true))
IO.inspect(quote(do: f -1))

defmodule G do
  import F
  def run do
    IO.inspect(f -(1))
    IO.inspect(F.f -(1))
    IO.inspect(F.f -1)
    IO.inspect(f +(2))
    IO.inspect(try do F.f -:a rescue e -> e end)
    IO.inspect(try do f -[1] rescue e -> e end)
    IO.inspect(try do IO.puts -:a rescue e -> e end)
  end
end

G.run()
