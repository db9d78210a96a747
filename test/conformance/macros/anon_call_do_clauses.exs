# `->` clauses in the do-block of an anonymous call are not expanded as a call's block: elixir
# reports the clause arrow as an undefined function ->/2 at compile time
IO.puts("before")

defmodule AnonDoClauses do
  def run do
    f = fn [do: clauses] -> clauses end

    f.() do
      1 -> :one
    end
  end
end
