defmodule Docvalues do
  @moduledoc """
  Doc lab.

  ## Examples

      iex> Docvalues.add(1, 2)
      3

      iex> x = 5
      iex> Docvalues.add(x,
      ...>   10)
      15

      iex> Docvalues.add(1, 1)
      3
  """

  defmodule Box do
    defstruct [:v]
    defimpl Inspect do
      def inspect(%{v: v}, _), do: "#Box<#{v}>"
    end
  end

  @doc """
  Adds.

      iex> Docvalues.add(2, 2)
      4
      iex> Docvalues.add(:a, 1)
      ** (ArithmeticError) bad argument in arithmetic expression

      iex> Docvalues.add(3, 3)
      ...> |> Docvalues.add(1)
      7
  """
  def add(a, b), do: a + b

  @doc """
  Boxes.

      iex> Docvalues.box(1)
      #Box<1>

      iex> Docvalues.box(2)
      #Box<3>

      iex> [Docvalues.box(1), Docvalues.box(2)]
      [#Box<1>, #Box<2>]
  """
  def box(v), do: %Box{v: v}

  @doc """
  Raises.

      iex> Docvalues.fail!("x")
      ** (ArgumentError) bad: x

      iex> Docvalues.fail!("y")
      ** (ArgumentError) bad: z

      iex> Docvalues.fail!("multi")
      ** (RuntimeError) line one
      line two

      iex> Docvalues.add(1, 2)
      ** (ArgumentError) bad: z

      iex> Docvalues.fail!("multi")
      ** (RuntimeError) line one
      line three
  """
  def fail!("multi"), do: raise("line one\nline two")
  def fail!(x), do: raise(ArgumentError, "bad: #{x}")

  @doc """
  Maps and multiline results.

      iex> Docvalues.map()
      %{
        a: 1,
        b: 2
      }

      iex> Docvalues.map() |> Map.keys()
      [:a, :c]

      iex> Docvalues.nothing()

      iex> a = 1
      iex> b = 2
      iex> a + b
      4

      iex(1)> 1 + 1
      2
      iex(2)> 1 +
      ...(2)> 2
      3
  """
  def map, do: %{a: 1, b: 2}
  def nothing, do: nil

  @doc """
      iex> Docvalues.big()
      Enum.to_list(1..30)
      iex> Docvalues.big()
      Enum.to_list(1..29)
      iex> Docvalues.big() |> length() |> Kernel.>(100)
      true
  """
  def big, do: Enum.to_list(1..30)

  @doc """
  Expected values that do not parse fail their test when it runs (`#Name<...>` after the start
  of a value is a comment), reported at the example's line; an expected value keeps the
  indentation it has beyond the prompt's.

      iex> [Docvalues.box(1), Docvalues.box(2)]
      [#Box<1>, #Box<2>]

      iex> Docvalues.box(1)
      ...> |> List.wrap()
      [#Box<1>]

      iex> [1,
      ...> 2]
      [1,
       2

      iex> Docvalues.box(1)
      %{a: #Box<1>}

      iex> Docvalues.box(1)
      1 +

      iex> Docvalues.box(1)
      #Box<1> + 1

      iex> [1,
      ...> 2
      [1]

      iex> Docvalues.box(1)
      [1, # x

      iex> Docvalues.box(1)
      [1, #box<1>

      iex> Docvalues.box(1)
      [#Box<1>] ++ #Box<1>

      iex> [1, 2]
      [1,
        3]
  """
  def unparsed, do: :ok

  @doc """
  A macro's examples are its own doctests, named and ordered as the macro (twice/1).

      iex> require Docvalues
      iex> Docvalues.twice(3)
      6

      iex> require Docvalues
      iex> Docvalues.twice(4)
      9
  """
  defmacro twice(x), do: quote(do: unquote(x) * 2)

  @doc """
      iex> Docvalues.first([1, 2])
      1
  """
  defdelegate first(list), to: List
end
