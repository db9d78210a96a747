defmodule Docmulti do
  @doc """
  One exception after other expressions in an example is fine.

      iex> Docmulti.div(4, 2)
      2.0
      iex> Docmulti.div(1, 0)
      ** (ArithmeticError) bad argument in arithmetic expression

  Two in the same example (no blank line between their prompts) are refused when the test
  module is compiled:

      iex> Docmulti.div(1, 0)
      ** (ArithmeticError) bad argument in arithmetic expression
      iex> Docmulti.div(2, 0)
      ** (ArithmeticError) wrong message
  """
  def div(a, b), do: a / b
end
