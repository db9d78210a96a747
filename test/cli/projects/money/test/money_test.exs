defmodule MoneyTest do
  use Money.Case, async: true
  doctest Money

  describe "new/2" do
    test "builds a struct" do
      assert %Money{amount: 5, currency: :EUR} = m(5)
    end

    test "rejects floats" do
      assert_raise ArgumentError, ~r/integer number of cents/, fn -> Money.new(0.5, :EUR) end
    end

    test "enforces keys" do
      assert_raise ArgumentError, fn -> struct!(Money, amount: 1) end
    end
  end

  describe "to_string/1" do
    for {cents, text} <- [{0, "0.00 EUR"}, {5, "0.05 EUR"}, {-1234, "-12.34 EUR"}, {100_000, "1000.00 EUR"}] do
      test "formats #{cents}" do
        assert_money(m(unquote(cents)), unquote(text))
      end
    end
  end

  describe "sum/1" do
    test "of several" do
      assert Money.sum([m(1), m(2), m(3)]) == m(6)
    end

    test "of mixed currencies" do
      err = assert_raise Money.CurrencyMismatchError, fn -> Money.sum([m(1), Money.new(1, :USD)]) end
      assert err.left == :EUR
      assert Exception.message(err) == "cannot combine EUR with USD"
    end

    test "reports a struct difference" do
      assert Money.sum([m(10), m(20)]) == m(31)
    end
  end
end
