# use ExUnit.Case without ExUnit.start(): Elixir 1.14 raises once the module is compiled
IO.puts("before")

defmodule NoStartTest do
  use ExUnit.Case
  test "x", do: :ok
end

IO.puts("after")
