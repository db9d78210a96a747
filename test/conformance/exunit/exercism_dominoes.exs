defmodule Dominoes do
  @type domino :: {1..6, 1..6}
  def chain?([]), do: true
  def chain?([{a, b} | rest]), do: search(rest, a, b)
  defp search([], first, last), do: first == last
  defp search(rest, first, last) do
    Enum.any?(Enum.with_index(rest), fn {{x, y}, i} ->
      others = List.delete_at(rest, i)
      (x == last and search(others, first, y)) or (y == last and search(others, first, x))
    end)
  end
end

defmodule Change do
  def generate(coins, target) when target < 0, do: {:error, "cannot change"}
  def generate(coins, target) do
    best =
      Enum.reduce(1..target//1, %{0 => []}, fn amt, acc ->
        cands = for c <- coins, c <= amt, Map.has_key?(acc, amt - c), do: [c | acc[amt - c]]
        case cands do
          [] -> acc
          _ -> Map.put(acc, amt, Enum.min_by(cands, &length/1))
        end
      end)
    case Map.fetch(best, target) do
      {:ok, l} -> {:ok, Enum.sort(l)}
      :error -> {:error, "cannot change"}
    end
  end
end

defmodule AllYourBase do
  def convert(_, ib, _) when ib < 2, do: {:error, "input base must be >= 2"}
  def convert(_, _, ob) when ob < 2, do: {:error, "output base must be >= 2"}
  def convert(digits, ib, ob) do
    if Enum.any?(digits, &(&1 < 0 or &1 >= ib)) do
      {:error, "all digits must be >= 0 and < input base"}
    else
      n = Enum.reduce(digits, 0, &(&2 * ib + &1))
      {:ok, Integer.digits(n, ob)}
    end
  end
end

ExUnit.start(seed: 303)
ExUnit.configure(exclude: :pending, trace: true)

defmodule DominoesTest do
  use ExUnit.Case
  test "empty input = empty output" do
    assert Dominoes.chain?([]) == true
  end
  test "can reverse dominoes" do
    assert Dominoes.chain?([{1, 2}, {1, 3}, {2, 3}]) == true
  end
  test "wrong: disconnected" do
    assert Dominoes.chain?([{1, 2}, {2, 1}, {3, 4}, {4, 3}])
  end
  test "nine elements" do
    assert Dominoes.chain?([{1, 2}, {5, 3}, {3, 1}, {1, 2}, {2, 4}, {1, 6}, {2, 3}, {3, 4}, {5, 6}])
  end
end

defmodule ChangeTest do
  use ExUnit.Case
  test "single coin change" do
    assert Change.generate([1, 5, 10, 25, 100], 25) == {:ok, [25]}
  end
  test "large target values" do
    assert Change.generate([1, 2, 5, 10, 20, 50, 100], 999) == {:ok, [2, 2, 5, 20, 20, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100]}
  end
  test "wrong change" do
    assert Change.generate([1, 4, 15, 20, 50], 23) == {:ok, [1, 1, 1, 20]}
  end
  test "no coins make 0 change" do
    assert Change.generate([1, 5, 10, 21, 25], 0) == {:ok, []}
  end
  test "cannot find negative change values" do
    assert Change.generate([1, 2, 5], -5) == {:error, "cannot change"}
  end
end

defmodule AllYourBaseTest do
  use ExUnit.Case
  test "binary to multiple decimal" do
    assert AllYourBase.convert([1, 0, 1, 0, 1, 0], 2, 10) == {:ok, [4, 2]}
  end
  test "empty list" do
    assert AllYourBase.convert([], 2, 10) == {:ok, [0]}
  end
  test "wrong" do
    assert AllYourBase.convert([7, 0], 8, 2) == {:ok, [1, 1, 1, 0, 0, 1]}
  end
  test "huge" do
    assert AllYourBase.convert(List.duplicate(1, 70), 2, 16) == {:ok, [1]}
  end
end
