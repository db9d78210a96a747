defmodule Settings do
  base = 10
  limit = base |> (1 + 2)
  def limit, do: unquote(limit)
end
