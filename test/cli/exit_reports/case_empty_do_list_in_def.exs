# case with do: [] (no clauses) is refused as a do block without ->
defmodule U do
  def f, do: case(1, do: [])
end
IO.puts :ok
