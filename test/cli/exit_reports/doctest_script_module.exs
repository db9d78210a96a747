# a module defined by a script has no documentation doctest can read: Elixir raises as the
# test module's body runs (ExUnit.DocTest.__doctests__/2)
ExUnit.start(autorun: false)

defmodule M do
  @doc """
      iex> M.f(1)
      2
  """
  def f(x), do: x + 1
end

defmodule MTest do
  use ExUnit.Case
  doctest M
end
