defmodule Docvalues.Fenced do
  @moduledoc """
  A code fence at the example's indentation ends its test; indented deeper, it is part of the
  expected value.

  ```elixir
  iex> Docvalues.Fenced.f(1)
  :one
  ```

  ~~~
  iex> 1 + 1
  2
  ~~~
  iex> 2 + 2
  4
  ```
  iex> 3 + 3
  6
      ```
  next
  """

  @doc """
  `@doc since:` after the text keeps the text (and its examples).

      iex> Docvalues.Fenced.f(1)
      :one

      iex> Docvalues.Fenced.f(2)
      :one
  """
  @doc since: "1.0.0"
  def f(1), do: :one
  def f(_), do: :other

  @doc ~S"""
  A ~S heredoc's examples:

      iex> Docvalues.Fenced.s()
      "a\nb"

      iex> Docvalues.Fenced.s() |> String.split("\n")
      ["a",
       "c"]
  """
  def s, do: "a\nb"
end
