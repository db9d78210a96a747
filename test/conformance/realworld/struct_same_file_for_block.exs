# A user's script builds structs of a module the same file defines, at the top level: Elixir
# expands the whole file first, so the struct does not exist yet. The first use it expands is
# the one reported: here inside a multi-line `for` body, before a later plain use.
defmodule Todo do
  defstruct [:id, :title, done: false]
end

todos =
  for {title, i} <- Enum.with_index(["buy milk", "write report"], 1) do
    %Todo{id: i, title: title}
  end

IO.inspect(todos)
first = %Todo{id: 0, title: "first"}
IO.inspect(first)
