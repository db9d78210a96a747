defmodule LedgerTest do
  use Ledger.Case, async: true
  doctest Ledger

  describe "post/4" do
    test "moves money", %{ledger: l} do
      {:ok, l} = Ledger.post(l, :cash, :sales, 5)
      assert_balance(l, :cash, 5)
      assert_balance(l, :sales, -5)
    end

    @tag :funded
    test "funded ledger", %{ledger: l} do
      assert_balance(l, :equity, 1000)
    end

    @tag :funded
    test "custom assertion fails", %{ledger: l} do
      assert_balance(l, :cash, 999)
    end

    test "entries are recorded", %{ledger: l} do
      l = l |> Ledger.post!(:a, :b, 1) |> Ledger.post!(:b, :c, 2)
      assert [%Entry{from: :a}, %Entry{from: :b, amount: 3}] = Ledger.entries(l)
    end
  end

  describe "post!/4" do
    test "raises Ledger.Error", %{ledger: l} do
      err = assert_raise Ledger.Error, fn -> Ledger.post!(l, :a, :a, 1) end
      assert err.reason == :same_account
      assert Exception.message(err) == "cannot post: same_account"
    end

    test "error in code under test", %{ledger: l} do
      Ledger.post!(l, :a, :b, "ten")
    end
  end

  for {from, to, amount, expected} <- [{:a, :b, 1, :ok}, {:a, :a, 1, :error}, {:a, :b, 0, :error}, {:x, :y, 2, :error}] do
    test "post #{from}->#{to} #{amount} gives #{expected}", %{ledger: l} do
      assert {unquote(expected), _} = Ledger.post(l, unquote(from), unquote(to), unquote(amount))
    end
  end
end
