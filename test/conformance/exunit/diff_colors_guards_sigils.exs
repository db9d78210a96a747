# With colours on, a pattern with a guard shows each clause of the guard that does not hold marked
# (evaluated with the pattern's variables and pins), in a match and against each message of the
# mailbox; a macro call in a pattern (a sigil) is compared as what it expands to, the call shown
ExUnit.start(seed: 0, colors: [enabled: true])

defmodule Account do
  defstruct [:owner, balance: 0]
end

defmodule DiffColorsGuardsSigilsTest do
  use ExUnit.Case

  test "guard false" do
    assert match?(%Account{balance: b} when b > 100, %Account{owner: "ann", balance: 10})
  end

  test "guard with and" do
    assert match?({:ok, n} when is_integer(n) and n > 5, {:ok, 3})
  end

  test "guard of a pattern that does not match" do
    assert match?({:ok, n} when n > 5, {:error, 3})
  end

  test "guard with a pin" do
    limit = 10
    assert match?({:ok, n} when n > limit, {:ok, 3})
  end

  test "mailbox with a guard" do
    send(self(), {:n, 1})
    send(self(), {:other, 7})
    assert_received {:n, x} when x > 5
  end

  test "sigil date" do
    assert {:ok, ~D[2020-01-01]} = {:ok, ~D[2020-01-03]}
  end

  test "sigil words" do
    assert ~w(a b c) = ["a", "x", "c"]
  end

  test "range" do
    assert 1..3 = 1..4
  end
end
