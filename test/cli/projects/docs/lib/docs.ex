defmodule Docs do
  @moduledoc """
  Text helpers.

      iex(1)> Docs.words("a b  c")
      ["a", "b", "c"]
      iex(2)> Docs.words("")
      []

  A map output spanning lines:

      iex> Docs.freq("a b a")
      %{
        "a" => 2,
        "b" => 1
      }
  """

  @doc """
  Splits into words.

      iex> Docs.words("hello   world")
      ["hello", "world"]

      iex> Docs.words(nil)
      ** (FunctionClauseError) no function clause matching in Docs.words/1

      iex> Docs.words(:atom)
      ** (FunctionClauseError) no function clause matching in String.split/3
  """
  def words(s) when is_binary(s), do: String.split(s)

  @doc """
  Frequencies.

      iex> Docs.freq("x")
      %{"x" => 1}
      iex> Docs.freq("y y")
      %{"y" => 3}
  """
  def freq(s), do: s |> words() |> Enum.frequencies()

  @doc """
  Opaque values.

      iex> Docs.set([1, 2])
      MapSet.new([1, 2])

      iex> Docs.set([3])
      #MapSet<[3]>

      iex> Docs.set([4])
      #MapSet<[5]>
  """
  def set(l), do: MapSet.new(l)

  @doc """
  Variables across lines:

      iex> x = 5
      iex> y = x * 2
      iex> Docs.add(x, y)
      15
  """
  def add(a, b), do: a + b

  @doc """
  Raises unexpectedly:

      iex> Docs.boom()
      :ok

  Wrong exception message:

      iex> raise ArgumentError, "real"
      ** (ArgumentError) expected

  Multi-line exception message:

      iex> raise "line one\\nline two"
      ** (RuntimeError) line one
      line two
  """
  def boom, do: raise("kaboom")

  @doc """
  Expression without expected result then one with:

      iex> a = 1
      iex> a + 1
      2
  """
  def noop, do: :ok

  @doc """
      iex> Docs.tuple()
      {:ok,
       [1, 2]}
  """
  def tuple, do: {:ok, [1, 2]}
end

defmodule Docs.Other do
  @moduledoc """
      iex> Docs.Other.hi()
      "hi"
  """
  @doc """
      iex> hi()
      "hi"
  """
  def hi, do: "hi"

  @doc """
      iex> Docs.Other.bye()
      "bye!"
  """
  def bye, do: "bye"
end
