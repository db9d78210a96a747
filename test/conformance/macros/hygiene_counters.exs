# Variables a macro introduces carry `counter:` metadata in Macro.expand's result: one counter per
# expansion (shared by the expansion's variables), a different one for each expansion. The numbers
# come from Elixir's global counter and change from run to run, so they are compared, not printed.
defmodule M do
  defmacro m(v) do
    quote do
      x = unquote(v)
      x + 1
    end
  end

  defmacro n, do: quote(do: y)
end

defmodule U do
  require M

  def counter({_, meta, _}), do: Keyword.get(meta, :counter)

  def go do
    IO.inspect(quote(do: x), label: "quoted var")
    {:__block__, [], [{:=, [], [x1, 2]}, {:+, _, [x2, 1]}]} = Macro.expand(quote(do: M.m(2)), __ENV__)
    IO.inspect({elem(x1, 0), elem(x1, 2), Keyword.keys(elem(x1, 1))}, label: "macro var")
    IO.inspect(counter(x1) == counter(x2), label: "one counter per expansion")
    IO.inspect(is_integer(counter(x1)) and counter(x1) < 0, label: "a negative integer")
    y1 = Macro.expand_once(quote(do: M.n), __ENV__)
    y2 = Macro.expand(quote(do: M.n), __ENV__)
    counters = [counter(x1), counter(y1), counter(y2)]
    IO.inspect(length(Enum.uniq(counters)), label: "distinct counters of three expansions")
    IO.inspect(counters == Enum.sort(counters), label: "increasing")
    IO.inspect(M.m(5), label: "evaluated")
  end
end

U.go()
{:case, _, [_, [do: [{:->, [], [[{:when, [], [v1, {_, _, [v2, _]}]}], _]} | _]]]} = Macro.expand(quote(do: unless(a, do: b)), __ENV__)
IO.inspect({elem(v1, 0), elem(v1, 2), U.counter(v1) == U.counter(v2)}, label: "Kernel's unless")
