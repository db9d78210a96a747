defmodule Fmt do
  @moduledoc """
  Formatting helpers.

      iex(1)> Fmt.money(1234)
      "$12.34"
      iex(2)> Fmt.money(5)
      "$0.05"
  """

  @doc """
  Money from cents.

      iex> Fmt.money(-250)
      "-$2.50"

  Several expressions share bindings:

      iex> a = Fmt.money(100)
      iex> b = Fmt.money(200)
      iex> {a, b}
      {"$1.00", "$2.00"}
  """
  def money(cents) when cents < 0, do: "-" <> money(-cents)
  def money(cents), do: "$#{div(cents, 100)}.#{cents |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")}"

  @doc """
  A set of tags (opaque inspect output is compared as text).

      iex> Fmt.tags(["b", "a", "b"])
      #MapSet<["a", "b"]>

      iex> Fmt.tags([])
      #MapSet<["x"]>
  """
  def tags(list), do: MapSet.new(list)

  @doc """
  Multi-line result.

      iex> Fmt.grid(2)
      [
        [0, 0],
        [0, 0]
      ]

      iex> Fmt.grid(1) |>
      ...>   List.flatten()
      [0]
  """
  def grid(n), do: for(_ <- 1..n, do: List.duplicate(0, n))

  @doc """
  Errors with multi-line messages.

      iex> Fmt.strict!(:x)
      ** (ArgumentError) expected a binary,
      got: :x
  """
  def strict!(v) when is_binary(v), do: v
  def strict!(v), do: raise(ArgumentError, "expected a binary,\ngot: #{inspect(v)}")

  @doc """
  Uses an imported function.

      iex> pad("7")
      "007"
  """
  def pad(s), do: String.pad_leading(s, 3, "0")

  @doc false
  def hidden, do: :hidden

  @doc """
  Raises something other than expected.

      iex> Fmt.strict!(1)
      ** (RuntimeError) nope
  """
  def other, do: :ok

  @doc """
  Raises unexpectedly.

      iex> Fmt.strict!(2)
      "2"
  """
  def unexpected, do: :ok
end
