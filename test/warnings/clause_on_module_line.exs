# A function clause on the defmodule's own line: Elixir 1.14 gives it line 0, so a clause it
# shadows says "previous clause at line 0", and a shadowed clause on that line is not reported
defmodule OneLine do def f(a), do: a; def f(b), do: b end

defmodule FirstOnModuleLine do def g(a), do: a
  def g(b), do: b
  def h(x, y \\ 1), do: {x, y}
end

defmodule Defaults do def k(a), do: a
  def k(a, b \\ 2), do: {a, b}
end

defmodule Later do
  def m(a), do: a; def m(b), do: b
end
