defmodule Ledger do
  @moduledoc """
  A double-entry ledger.

  ## Examples

      iex> {:ok, l} = Ledger.new() |> Ledger.post(:cash, :sales, 100)
      iex> Ledger.balance(l, :cash)
      100
      iex> Ledger.balance(l, :sales)
      -100

  Multi-line expressions:

      iex> Ledger.new()
      ...> |> Ledger.post!(:cash, :rent, 10)
      ...> |> Ledger.post!(:cash, :rent, 5)
      ...> |> Ledger.balance(:rent)
      -15
  """

  alias Ledger.Entry

  defstruct entries: [], accounts: %{}

  @type t :: %__MODULE__{}

  @doc "Returns an empty ledger."
  def new, do: %__MODULE__{}

  @doc """
  Posts an amount from one account to another.

      iex> Ledger.post(Ledger.new(), :a, :a, 1)
      {:error, :same_account}

      iex> Ledger.post(Ledger.new(), :a, :b, -1)
      {:error, :non_positive}
  """
  def post(%__MODULE__{} = l, from, to, amount) do
    cond do
      from == to -> {:error, :same_account}
      amount <= 0 -> {:error, :non_positive}
      true ->
        entry = %Entry{from: from, to: to, amount: amount}
        accounts =
          l.accounts
          |> Map.update(from, amount, &(&1 + amount))
          |> Map.update(to, -amount, &(&1 - amount))
        {:ok, %{l | entries: [entry | l.entries], accounts: accounts}}
    end
  end

  @doc """
  Like `post/4` but raises.

      iex> Ledger.post!(Ledger.new(), :x, :x, 3)
      ** (Ledger.Error) cannot post: same_account

      iex> Ledger.post!(Ledger.new(), :x, :y, 0)
      ** (Ledger.Error) cannot post: non_positive
  """
  def post!(l, from, to, amount) do
    case post(l, from, to, amount) do
      {:ok, l} -> l
      {:error, reason} -> raise Ledger.Error, reason: reason
    end
  end

  @doc """
      iex> Ledger.balance(Ledger.new(), :nothing)
      0
  """
  def balance(%__MODULE__{accounts: a}, account), do: Map.get(a, account, 0)

  @doc """
  Totals by account, sorted.

      iex> l = Ledger.new() |> Ledger.post!(:b, :a, 2) |> Ledger.post!(:c, :a, 3)
      iex> Ledger.totals(l)
      [a: -5, b: 2, c: 3]
      iex> Ledger.totals(Ledger.new())
      [:wrong]
  """
  def totals(%__MODULE__{accounts: a}), do: a |> Enum.sort()

  @doc """
      iex> Ledger.entries(Ledger.new() |> Ledger.post!(:b, :a, 2))
      [%Ledger.Entry{from: :b, to: :a, amount: 2}]
  """
  def entries(l), do: Enum.reverse(l.entries)
end
