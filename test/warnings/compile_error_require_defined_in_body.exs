# A module the body defines is not loaded while the body is expanded: requiring it there fails,
# with Elixir's explanation and no stack trace
defmodule Outer do
  IO.puts("body: first line")

  defmodule Macros do
    defmacro answer, do: 42
  end

  require Macros
  IO.puts(Macros.answer())
end
