# An improper list's tail reached by List.replace_at/3: Elixir 1.14's FunctionClauseError in
# List.do_replace_at/3 with its clauses, under one frame of its recursive call
defmodule Caller do
  def run(list), do: List.replace_at(list, 5, :x)
end

Caller.run([1, 2, 3 | 4])
