# An inner module's body is expanded when the outer body runs (its defmodule is reached): the
# outer body's output comes first, then the inner body fails before printing anything
defmodule Outer2 do
  IO.puts("outer: first line")

  defmodule Inner do
    IO.puts("inner: first line")
    def f, do: :ok
    IO.puts(missing_local())
  end

  IO.puts("outer: never printed")
end
