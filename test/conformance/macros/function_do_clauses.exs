# `->` clauses in the keywords given to a function (not a macro) are a compile error naming it
IO.puts("before")

defmodule FunctionDoClauses do
  def f(x, y), do: {x, y}

  def run do
    f 1 do
      1 -> 2
    end
  end
end
