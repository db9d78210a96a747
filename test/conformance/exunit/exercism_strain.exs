defmodule Strain do
  def keep(list, fun), do: for(x <- list, fun.(x), do: x)
  def discard(list, fun), do: keep(list, &(!fun.(&1)))
end

defmodule Sublist do
  def compare(a, a), do: :equal
  def compare(a, b) do
    cond do
      sub?(a, b) -> :sublist
      sub?(b, a) -> :superlist
      true -> :unequal
    end
  end
  defp sub?([], _), do: true
  defp sub?(a, b) when length(a) > length(b), do: false
  defp sub?(a, [_ | t] = b), do: List.starts_with?(b, a) or sub?(a, t)
end

ExUnit.start(seed: 9)
ExUnit.configure(exclude: :pending, trace: true)

defmodule StrainTest do
  use ExUnit.Case

  defp is_odd?(n), do: rem(n, 2) == 1
  defp noop(_), do: true

  test "empty keep" do
    assert Strain.keep([], &noop/1) == []
  end

  test "keep odd" do
    assert Strain.keep([1, 2, 3], &is_odd?/1) == [1, 3]
  end

  test "keep strings" do
    words = ~w(apple zebra banana zombies cherimoya zealot)
    assert Strain.keep(words, &String.starts_with?(&1, "z")) == ~w(zebra zombies zealots)
  end

  test "keep arrays" do
    rows = [[1, 2, 3], [5, 5, 5], [5, 1, 2], [2, 1, 2], [1, 5, 2], [2, 2, 1], [1, 2, 5]]
    assert Strain.keep(rows, fn row -> 5 in row end) == [[5, 5, 5], [5, 1, 2], [1, 5, 2], [1, 2, 6]]
  end

  test "discard fun with wrong arity" do
    Strain.discard([1], fn a, b -> a + b end)
  end
end

defmodule SublistTest do
  use ExUnit.Case

  test "empty equals empty" do
    assert Sublist.compare([], []) == :equal
  end

  test "1 and 1.0 are not equal" do
    assert Sublist.compare([1], [1.0]) == :unequal
  end

  test "huge sublist not in huge list" do
    assert Sublist.compare(Enum.to_list(10..20_001), Enum.to_list(1..20_000)) == :unequal
  end

  test "wrong" do
    assert Sublist.compare([1, 2, 3], [0, 1, 2, 3, 4]) == :superlist
  end

  test "huge lists diff" do
    assert Enum.to_list(1..30) == Enum.to_list(1..31)
  end
end
