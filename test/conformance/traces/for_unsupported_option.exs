# an option for does not take is a CompileError before any other check (no frames in a module body)
defmodule Table do
  rows = for r <- [1, 2, 2], uniq: 3, sorted: true, do: r * 10
  def rows, do: unquote(rows)
end

IO.inspect(Table.rows())
