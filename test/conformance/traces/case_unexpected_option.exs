# `else` (or after, rescue, catch) given to case, cond or receive: Elixir refuses it as it expands
# the construct's keywords in order ("unexpected option :else in "case""), the trace shows the
# mapfoldl over the keywords; a do block without clauses before it is reported first
defmodule Lookup do
  def find(map, key) do
    case Map.fetch(map, key) do
      {:ok, v} -> v
    else
      :error -> nil
    end
  end
end
