defmodule Docundef do
  @moduledoc "Adds numbers."

  @doc """
  Variables across prompts, then one never bound:

      iex> x = 5
      iex> y = x * 2
      iex> Docundef.add(x, y)
      15
      iex> z
      1
  """
  def add(a, b), do: a + b
end
