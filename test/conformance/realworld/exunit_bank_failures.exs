ExUnit.start(seed: 0, trace: true)

defmodule Bank do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, Keyword.get(opts, :balance, 0))
  def deposit(pid, amt) when amt > 0, do: GenServer.call(pid, {:deposit, amt})
  def withdraw(pid, amt), do: GenServer.call(pid, {:withdraw, amt})
  def balance(pid), do: GenServer.call(pid, :balance)

  @impl true
  def init(balance), do: {:ok, %{balance: balance, log: []}}

  @impl true
  def handle_call({:deposit, amt}, _from, s), do: {:reply, :ok, %{s | balance: s.balance + amt, log: [{:in, amt} | s.log]}}
  def handle_call({:withdraw, amt}, _from, %{balance: b} = s) when amt > b, do: {:reply, {:error, :insufficient}, s}
  def handle_call({:withdraw, amt}, _from, s), do: {:reply, :ok, %{s | balance: s.balance - amt, log: [{:out, amt} | s.log]}}
  def handle_call(:balance, _from, s), do: {:reply, s.balance, s}
end

defmodule BankTest do
  use ExUnit.Case
  @moduletag :bank

  setup do
    pid = start_supervised!({Bank, balance: 100})
    %{bank: pid}
  end

  test "deposit then balance", %{bank: bank} do
    assert :ok = Bank.deposit(bank, 50)
    assert Bank.balance(bank) == 150
  end

  test "withdraw too much", %{bank: bank} do
    assert Bank.withdraw(bank, 500) == {:error, :insufficient}
  end

  test "map diff failure", %{bank: bank} do
    state = :sys.get_state(bank)
    assert state == %{balance: 99, log: [:x]}
  end

  test "list diff failure" do
    assert [1, 2, 3, 4] == [1, 2, 4, 5]
  end

  test "string diff failure" do
    assert "hello world" == "hello wrld!"
  end

  test "strict equality" do
    assert 1 === 1.0
  end

  test "comparison failure" do
    x = 5
    assert x > 10
  end

  test "truthy failure" do
    assert Enum.find([1, 2], &(&1 > 5))
  end

  test "refute failure" do
    refute Enum.member?([1, 2], 2)
  end

  test "match with guard-ish pin" do
    expected = 3
    assert {:ok, ^expected} = {:ok, 4}
  end

  test "negative deposit crashes the caller", %{bank: bank} do
    Bank.deposit(bank, -1)
  end

  test "exit inside test" do
    exit(:shutdown_now)
  end

  test "throw inside test" do
    throw({:oops, 1})
  end

  test "assert_receive timeout" do
    send(self(), {:other, 1})
    assert_receive {:expected, _}, 10
  end

  test "refute_received" do
    send(self(), :ping)
    refute_received :ping
  end

  test "with message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "raise unexpected" do
    assert_raise KeyError, fn -> Map.fetch!(%{}, :a) end
    assert_raise KeyError, fn -> :no_raise end
  end

  test "wrong exception" do
    assert_raise ArgumentError, fn -> raise RuntimeError, "nope" end
  end

  test "regex raise message" do
    assert_raise RuntimeError, ~r/^bo+m$/, fn -> raise "boom!" end
  end

  @tag :slow
  test "tagged pass" do
    assert true
  end
end
