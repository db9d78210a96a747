defmodule Mathy do
  @moduledoc """
  Small math helpers.

  ## Examples

      iex> Mathy.add(1, 2)
      3

      iex> Mathy.add(1, 2)
      ...> |> Mathy.double()
      6

      iex> x = 5
      iex> Mathy.double(x)
      10
      iex> x
      5
  """

  @doc """
  Adds two numbers.

      iex> Mathy.add(2, 2)
      4
      iex> Mathy.add(0.5, 0.25)
      0.75
  """
  def add(a, b), do: a + b

  @doc """
  Doubles.

      iex> Mathy.double(21)
      42

      iex> Mathy.double(:a)
      ** (ArithmeticError) bad argument in arithmetic expression

      iex> Mathy.double(3)
      7
  """
  def double(x), do: x * 2

  @doc """
  Divides.

      iex> Mathy.safe_div(10, 2)
      {:ok, 5.0}
      iex> Mathy.safe_div(1, 0)
      {:error, :zero_division}
      iex> Mathy.div!(1, 0)
      ** (ArgumentError) cannot divide by zero

      iex> Mathy.div!(1, 0)
      ** (ArgumentError) cannot divide by nothing

      iex> Mathy.div!(4, 2)
      ** (ArgumentError) cannot divide by zero
  """
  def safe_div(_, 0), do: {:error, :zero_division}
  def safe_div(a, b), do: {:ok, a / b}

  def div!(a, b) do
    case safe_div(a, b) do
      {:ok, v} -> v
      {:error, _} -> raise ArgumentError, "cannot divide by zero"
    end
  end

  @doc """
  Statistics over a list.

      iex> Mathy.stats([1, 2, 3, 4])
      %{
        count: 4,
        sum: 10,
        mean: 2.5
      }

      iex> Mathy.stats([])
      ** (Enum.EmptyError) empty error

      iex> Mathy.stats([1, 2])
      %{count: 2, sum: 3, mean: 1.0}
  """
  def stats(list) do
    if list == [], do: raise(Enum.EmptyError)
    sum = Enum.sum(list)
    %{count: length(list), sum: sum, mean: sum / length(list)}
  end

  @doc """
  Builds a range-like set.

      iex> Mathy.set([3, 1, 2])
      MapSet.new([1, 2, 3])

      iex> Mathy.set([1])
      #MapSet<[1]>

      iex> Mathy.ref()
      #Reference<0.1.2.3>
  """
  def set(list), do: MapSet.new(list)
  def ref, do: make_ref()

  @doc """
  Uses an unknown helper.

      iex> Mathy.Missing.go(1)
      :ok

      iex> Mathy.unknown_fun(2)
      :ok
  """
  def helper, do: :ok
end

defmodule Mathy.Vec do
  @moduledoc """
  Vectors.

      iex> v = Mathy.Vec.new(1, 2)
      iex> Mathy.Vec.add(v, Mathy.Vec.new(3, 4))
      %Mathy.Vec{x: 4, y: 6}
  """
  defstruct x: 0, y: 0

  @doc """
      iex> Mathy.Vec.new(1, 1) |> Mathy.Vec.len()
      1.4142135623730951

      iex> Mathy.Vec.new(3, 4) |> Mathy.Vec.len()
      5
  """
  def len(%__MODULE__{x: x, y: y}), do: :math.sqrt(x * x + y * y)
  def new(x, y), do: %__MODULE__{x: x, y: y}
  def add(%__MODULE__{x: a, y: b}, %__MODULE__{x: c, y: d}), do: %__MODULE__{x: a + c, y: b + d}

  defimpl Inspect do
    def inspect(%{x: x, y: y}, _), do: "#Vec<#{x},#{y}>"
  end
end
