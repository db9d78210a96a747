# A realistic suite (issue 10): trace: true; setup [:named, :functions], setup_all keywords, a describe setup and @describetag, struct, pinned and match? failures, a FunctionClauseError, @tag timeout (infinite under trace), Task.await, exit and throw in a test, assert with a message, a map diff
ExUnit.start(seed: 99, trace: true)

defmodule Bank.Account do
  defstruct [:id, balance: 0, history: []]

  def deposit(%__MODULE__{} = acc, amount) when amount > 0 do
    %{acc | balance: acc.balance + amount, history: [{:deposit, amount} | acc.history]}
  end

  def withdraw(%__MODULE__{balance: b}, amount) when amount > b, do: {:error, :insufficient_funds}
  def withdraw(acc, amount), do: {:ok, %{acc | balance: acc.balance - amount, history: [{:withdraw, amount} | acc.history]}}
end

defmodule BankTest do
  use ExUnit.Case, async: false
  alias Bank.Account

  setup_all do
    [bank: :main]
  end

  setup [:open_account, :fund]

  defp open_account(_ctx), do: %{account: %Account{id: 1}}
  defp fund(%{account: acc}), do: %{account: Account.deposit(acc, 100)}

  describe "deposit" do
    @describetag :money

    setup %{account: acc} do
      {:ok, account: Account.deposit(acc, 50)}
    end

    test "adds to the balance", %{account: acc} = ctx do
      assert acc.balance == 150
      assert ctx.money
      assert ctx.bank == :main
      assert ctx.describe == "deposit"
    end

    test "struct comparison fails", %{account: acc} do
      assert acc == %Account{id: 1, balance: 150, history: [deposit: 50, deposit: 100, deposit: 1]}
    end

    test "guard clause error", %{account: acc} do
      Account.deposit(acc, -5)
    end
  end

  describe "withdraw" do
    test "ok", %{account: acc} do
      assert {:ok, %Account{balance: 40}} = Account.withdraw(acc, 60)
    end

    test "pinned match fails", %{account: acc} do
      expected = 41
      assert {:ok, %Account{balance: ^expected}} = Account.withdraw(acc, 60)
    end

    test "insufficient", %{account: acc} do
      assert Account.withdraw(acc, 1000) == {:error, :insufficient_funds}
      assert match?({:ok, _}, Account.withdraw(acc, 1000))
    end

    @tag timeout: 50
    test "times out" do
      Process.sleep(200)
    end
  end

  test "task result", _ do
    task = Task.async(fn -> Enum.sum(1..10) end)
    assert Task.await(task) == 56
  end

  test "exit in test" do
    exit(:shutdown_now)
  end

  test "throw in test" do
    throw({:oops, 1})
  end

  test "assert with message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "multiline" do
    value = %{name: "Ada", langs: ["elixir", "erlang", "lisp", "prolog", "smalltalk", "haskell", "ml"]}
    assert value == %{name: "Ada", langs: ["elixir", "erlang", "lisp", "prolog", "smalltalk", "haskell"]}
  end
end
