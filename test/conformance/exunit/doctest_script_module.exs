ExUnit.start(seed: 0)
defmodule Calc do
  @moduledoc """
  Calculator.

      iex> Calc.add(1, 2)
      3
  """

  @doc """
  Doubles.

      iex> Calc.double(2)
      4
      iex> Calc.double(3)
      7
  """
  def double(x), do: x * 2
  def add(a, b), do: a + b
end
defmodule CalcTest do
  use ExUnit.Case, async: true
  doctest Calc
end
