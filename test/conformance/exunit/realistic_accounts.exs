ExUnit.start(seed: 12345)

defmodule Accounts do
  @moduledoc """
  A tiny accounts context.

      iex> Accounts.new("ann") |> Map.get(:name)
      "ann"
  """

  defmodule Account do
    defstruct [:name, balance: 0, history: []]
  end

  @doc """
  Deposits money.

      iex> acc = Accounts.new("bob")
      iex> {:ok, acc} = Accounts.deposit(acc, 10)
      iex> acc.balance
      10

      iex> Accounts.deposit(Accounts.new("x"), -1)
      {:error, :invalid_amount}
  """
  def new(name), do: %Account{name: name}

  def deposit(%Account{} = acc, amount) when is_integer(amount) and amount > 0 do
    {:ok, %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}}
  end

  def deposit(%Account{}, _), do: {:error, :invalid_amount}

  @doc """
      iex> Accounts.withdraw!(Accounts.new("z"), 5)
      ** (ArgumentError) insufficient funds: 0 < 5
  """
  def withdraw!(%Account{balance: b} = acc, amount) do
    if b < amount, do: raise(ArgumentError, "insufficient funds: #{b} < #{amount}")
    %{acc | balance: b - amount}
  end
end

defmodule AccountsTest do
  use ExUnit.Case, async: true

  alias Accounts.Account

  setup do
    {:ok, acc} = Accounts.deposit(Accounts.new("carol"), 100)
    %{acc: acc}
  end

  describe "deposit/2" do
    test "adds to the balance", %{acc: acc} do
      assert {:ok, %Account{balance: 150}} = Accounts.deposit(acc, 50)
    end

    test "records history", %{acc: acc} do
      {:ok, acc} = Accounts.deposit(acc, 1)
      assert [{:deposit, 1}, {:deposit, 100}] == acc.history
    end

    test "rejects negative amounts", %{acc: acc} do
      assert Accounts.deposit(acc, -5) == {:error, :invalid_amount}
    end

    test "a failing pattern", %{acc: acc} do
      assert {:ok, %{balance: 0}} = Accounts.deposit(acc, 5)
    end
  end

  describe "withdraw!/2" do
    test "raises when empty" do
      assert_raise ArgumentError, "insufficient funds: 0 < 1", fn ->
        Accounts.withdraw!(Accounts.new("d"), 1)
      end
    end

    test "raises with the wrong message" do
      assert_raise ArgumentError, "nope", fn ->
        Accounts.withdraw!(Accounts.new("d"), 1)
      end
    end

    test "balance comparison", %{acc: acc} do
      acc = Accounts.withdraw!(acc, 30)
      assert acc.balance < 50
    end
  end
end
