defmodule Money do
  @moduledoc """
  Money amounts in integer cents.

      iex> Money.new(1050, :EUR)
      #Money<10.50 EUR>

  """
  @enforce_keys [:amount, :currency]
  defstruct [:amount, :currency]

  @type t :: %__MODULE__{amount: integer, currency: atom}

  defmodule CurrencyMismatchError do
    defexception [:left, :right]

    @impl true
    def message(%{left: l, right: r}) do
      "cannot combine #{l} with #{r}"
    end
  end

  @doc """
  Builds an amount.

      iex> Money.new(100, :USD).amount
      100

      iex> Money.new(1.5, :USD)
      ** (ArgumentError) amount must be an integer number of cents, got: 1.5
  """
  def new(amount, currency) when is_integer(amount) and is_atom(currency) do
    %Money{amount: amount, currency: currency}
  end

  def new(amount, _currency) do
    raise ArgumentError, "amount must be an integer number of cents, got: #{inspect(amount)}"
  end

  @doc """
  Adds two amounts of the same currency.

      iex> Money.add(Money.new(100, :EUR), Money.new(250, :EUR))
      #Money<3.50 EUR>

      iex> Money.add(Money.new(1, :EUR), Money.new(1, :USD))
      ** (Money.CurrencyMismatchError) cannot combine EUR with USD
  """
  def add(%Money{currency: c, amount: a}, %Money{currency: c, amount: b}), do: new(a + b, c)

  def add(%Money{currency: l}, %Money{currency: r}),
    do: raise(CurrencyMismatchError, left: l, right: r)

  @doc """
  Splits an amount in `n` parts, the remainder going to the first parts.

      iex> Money.new(100, :EUR)
      ...> |> Money.split(3)
      ...> |> Enum.map(& &1.amount)
      [34, 33, 33]
  """
  def split(%Money{amount: a, currency: c}, n) when n > 0 do
    base = div(a, n)
    rest = rem(a, n)
    for i <- 1..n, do: new(base + if(i <= rest, do: 1, else: 0), c)
  end

  @doc """
  Sums a non-empty list of amounts.

      iex> Money.sum([Money.new(1, :EUR)])
      #Money<0.01 EUR>
      iex> Money.sum([Money.new(1, :EUR),
      ...>   Money.new(2, :EUR)]))
      #Money<0.03 EUR>
  """
  def sum([first | rest]), do: Enum.reduce(rest, first, &add(&2, &1))

  def to_string(%Money{amount: a, currency: c}) do
    sign = if a < 0, do: "-", else: ""
    a = abs(a)
    cents = a |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")
    "#{sign}#{div(a, 100)}.#{cents} #{c}"
  end

  defimpl Inspect do
    def inspect(money, _opts), do: "#Money<" <> Money.to_string(money) <> ">"
  end

  defimpl String.Chars do
    def to_string(money), do: Money.to_string(money)
  end
end
