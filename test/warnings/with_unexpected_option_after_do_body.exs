# the do body is expanded before an unexpected option is refused
defmodule Steps do
  def run(x) do
    with {:ok, y} <- x, foo: 1, do: y <> [y]
  end
end
