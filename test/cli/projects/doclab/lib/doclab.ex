defmodule Doclab do
  @moduledoc """
  Top.

    iex> [1,
    ...>  2 +]
    3

  More:

        iex> "abc
        "abc"
  """

  @doc """
      iex> Doclab.f(1 +)
      2

      iex> Doclab.f(1)
      2

      iex> x = 1
      iex> Doclab.f(x))
      2
  """
  def f(x), do: x + 1

  @doc """
  iex> Doclab.g(:a, ]
  :ok

  iex> Doclab.g(1, 2)
  ** (ArithmeticError) bad argument in arithmetic expression

  iex> Doclab.g("é", fn -> 1 end)
  :ok
  """
  def g(_a, _b), do: :ok
end
