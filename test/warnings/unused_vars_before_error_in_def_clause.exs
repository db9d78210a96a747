# a def whose case clause fails in its guard: the unused variables of the clause before it (and of
# the with inside it) are told first, as Elixir told them when that clause ended
defmodule M0 do
  @doc "x"
  def f0() do
    case [1, 2] do
      acc -> with {:ok, n} <- unknown_var, do: 1
      item when is_atom(b) -> {b, [1, 2]}
    end
  end
end
IO.puts(:done)
