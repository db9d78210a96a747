# an alias used only inside a quote is used: quote expands it as it quotes it (alias: Foo.Bar in the
# metadata), at the top level and in a module; the others are reported unused
alias Foo.Bar
alias Foo.Baz
alias Foo.Qux
IO.inspect(quote(do: Bar))
IO.inspect(quote(do: Baz.f(1)))
defmodule M do
  alias A.B
  alias A.C
  def f, do: quote(do: B.x)
end
