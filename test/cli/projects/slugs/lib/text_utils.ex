defmodule TextUtils do
  @moduledoc """
  Small text helpers.

  ## Examples

      iex> TextUtils.slugify("Hello World")
      "hello-world"

      iex> words = TextUtils.words("a b  c")
      iex> length(words)
      3

  """

  @doc """
  Turns a title into a slug.

      iex> TextUtils.slugify("  Elixir & Erlang  ")
      "elixir-erlang"

      iex> TextUtils.slugify(
      ...>   "Multi Line Call"
      ...> )
      "multi-line-call"

  Raises on non-binaries:

      iex> TextUtils.slugify(:atom)
      ** (FunctionClauseError) no function clause matching in TextUtils.slugify/1
  """
  def slugify(text) when is_binary(text) do
    text
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9]+/, "-")
    |> String.trim("-")
  end

  @doc """
  Splits into words.

      iex> TextUtils.words("one two")
      ["one", "two"]

      iex> TextUtils.words("")
      []
  """
  def words(text), do: String.split(text)

  @doc """
  Counts letters (this example is wrong on purpose).

      iex> TextUtils.letter_counts("aab")
      %{"a" => 2, "b" => 2}
  """
  def letter_counts(text) do
    text |> String.graphemes() |> Enum.frequencies()
  end

  @doc """
  Truncates.

      iex> TextUtils.truncate("abcdef", 3)
      "abc..."
      iex> TextUtils.truncate("ab", 3)
      "ab"
      iex> TextUtils.truncate("ab", -1)
      ** (ArgumentError) length must be positive
  """
  def truncate(_text, n) when n < 0, do: raise(ArgumentError, "length must be positive")
  def truncate(text, n) do
    if String.length(text) > n, do: String.slice(text, 0, n) <> "...", else: text
  end

  @doc """
  Wrong exception message on purpose.

      iex> TextUtils.boom()
      ** (RuntimeError) kaboom
  """
  def boom, do: raise("boom")

  @doc """
  Expected raise that does not happen.

      iex> TextUtils.calm()
      ** (RuntimeError) calm
  """
  def calm, do: :ok

  @doc """
  Inspect output of a struct-like map.

      iex> TextUtils.info("x")
      %{length: 1, text: "x", upcase: "X"}

      iex> TextUtils.info("y") |> Map.keys()
      [:length, :text, :upcase]
  """
  def info(t), do: %{text: t, length: String.length(t), upcase: String.upcase(t)}
end
