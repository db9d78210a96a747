defmodule Textkit do
  @moduledoc """
  Text utilities.

  ## Examples

      iex> Textkit.words("a b  c")
      ["a", "b", "c"]

      iex> Textkit.slug("Hello World!")
      "hello-world"
  """

  @doc """
  Splits words.

      iex> Textkit.words("")
      []
      iex> Textkit.words("one")
      ["one"]
      iex> Textkit.words("x y")
      ["x", "z"]
  """
  def words(s), do: String.split(s)

  @doc """
  Slugs.

      iex> Textkit.slug("A B")
      "a-b"

      iex> Textkit.slug(:atom)
      ** (ArgumentError) expected a string
  """
  def slug(s) when is_binary(s) do
    s |> String.downcase() |> String.replace(~r/[^a-z0-9]+/, "-") |> String.trim("-")
  end

  def slug(_), do: raise(FunctionClauseError)

  @doc """
  Truncates.

      iex> Textkit.truncate("hello world", 5)
      "hello..."

      iex> Textkit.truncate("hi", 5)
      "hi"

      iex> Textkit.truncate("hi", -1)
      ** (ArgumentError) length must be positive
  """
  def truncate(s, n) when n < 0, do: raise(ArgumentError, "length must be >= 0")
  def truncate(s, n) do
    if String.length(s) > n, do: String.slice(s, 0, n) <> "...", else: s
  end

  @doc """
  Counts.

      iex> Textkit.count("aab")
      %{"a" => 2, "b" => 1}

      iex> m = Textkit.count("abc")
      iex> map_size(m)
      4

      iex> Textkit.count("zz") |> Map.get("z")
      ...> |> Kernel.*(10)
      20

      iex> Textkit.count("ab") |> Map.fetch!("c")
      1

      iex> Textkit.count("ab")
      ...> |> Map.keys()
      ...> |> Enum.map(&String.upcase/1)
      ["A", "C"]
  """
  def count(s), do: s |> String.graphemes() |> Enum.frequencies()

  @doc """
      iex> Textkit.pad("x")
      "  x"
  """
  def pad(s), do: String.pad_leading(s, 3)

  @doc false
  def hidden, do: :ok
end
