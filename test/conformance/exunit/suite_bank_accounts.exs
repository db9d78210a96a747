# A suite as one is written: a struct module under test, setup_all/setup/describe with tags
# deciding the context, async: true, seed 42, exclude/include given to ExUnit.start (an exclude
# the include overrides is not listed), and failures of many kinds (matches, structs, pins in
# assert_received, refute_receive, throw, exit, bad match, FunctionClauseError, comparisons).
ExUnit.start(seed: 42, exclude: [:slow, integration: true], include: [integration: true])

defmodule Bank.Account do
  defstruct [:id, balance: 0]
  def deposit(%__MODULE__{} = a, amount) when amount > 0, do: {:ok, %{a | balance: a.balance + amount}}
  def deposit(_, _), do: {:error, :invalid_amount}
  def withdraw(%__MODULE__{balance: b}, amount) when amount > b, do: {:error, :insufficient_funds}
  def withdraw(a, amount), do: {:ok, %{a | balance: a.balance - amount}}
end

defmodule Bank.AccountTest do
  use ExUnit.Case, async: true
  alias Bank.Account

  @moduletag :bank

  setup_all do
    {:ok, base: %Account{id: 1, balance: 100}}
  end

  setup context do
    if context[:empty], do: {:ok, account: %Account{id: 2}}, else: {:ok, account: context.base}
  end

  describe "deposit/2" do
    test "adds", %{account: a} do
      assert {:ok, %Account{balance: 150}} = Account.deposit(a, 50)
    end

    test "rejects negative", %{account: a} do
      assert Account.deposit(a, -1) == {:error, :invalid_amount}
    end

    @tag :empty
    test "on an empty account", %{account: a} do
      assert {:ok, %{balance: 10}} = Account.deposit(a, 10)
    end

    test "struct mismatch", %{account: a} do
      assert Account.deposit(a, 1) == {:ok, %Account{id: 1, balance: 100}}
    end
  end

  describe "withdraw/2" do
    @describetag :withdraw
    test "insufficient", %{account: a} do
      assert {:error, :insufficient_funds} == Account.withdraw(a, 1000)
    end

    @tag :slow
    test "slow one" do
      Process.sleep(10_000)
    end

    @tag integration: true
    test "integration (included)", %{account: a} do
      assert {:ok, _} = Account.withdraw(a, 1)
    end

    test "pattern in match?", %{account: a} do
      assert match?({:ok, %{balance: 0}}, Account.withdraw(a, 1))
    end
  end
end

defmodule MessagingTest do
  use ExUnit.Case

  test "assert_received with a pinned var" do
    x = 5
    send(self(), {:num, 4})
    assert_received {:num, ^x}
  end

  test "refute_receive" do
    send(self(), :unexpected)
    refute_receive :unexpected, 10
  end

  test "catch_exit" do
    assert catch_exit(exit(:bye)) == :bye
    assert catch_exit(GenServer.call(:nobody, :x)) == {:noproc, {GenServer, :call, [:nobody, :x, 5000]}}
  end

  test "throw" do
    throw(:ball)
  end

  test "exit" do
    exit(:custom_reason)
  end

  test "bad match" do
    {:ok, _} = File.read("/nonexistent/file")
  end

  test "function clause" do
    String.upcase(123)
  end

  test "comparison", do: assert(%{a: 1, b: [1, 2, 3]} == %{a: 1, b: [1, 2, 4], c: "x"})
  test "less than", do: assert(10 < 5)
  test "truthy", do: assert(nil)
  test "refute truthy", do: refute(%{})
end
