ExUnit.start(seed: 42, exclude: [:integration])

defmodule Inventory do
  @moduledoc """
  Tracks stock.

      iex> inv = Inventory.new(%{apple: 3})
      iex> Inventory.take(inv, :apple, 2)
      {:ok, %{apple: 1}}
      iex> Inventory.take(inv, :apple, 5)
      {:error, :insufficient}

  Multi-line expressions:

      iex> Inventory.new(%{})
      ...> |> Inventory.add(:pear, 2)
      ...> |> Inventory.add(:pear, 1)
      %{pear: 3}

  A wrong example:

      iex> Inventory.new(%{a: 1}) |> Map.keys()
      [:b]
  """

  def new(m), do: m
  def add(inv, item, n), do: Map.update(inv, item, n, &(&1 + n))
  def take(inv, item, n) do
    case Map.get(inv, item, 0) do
      have when have >= n -> {:ok, Map.put(inv, item, have - n)}
      _ -> {:error, :insufficient}
    end
  end

  @doc """
      iex> Inventory.total(%{a: 1, b: 2})
      3

      iex> Inventory.total(:bad)
      ** (BadMapError) expected a map, got: :bad
  """
  def total(inv), do: inv |> Map.values() |> Enum.sum()
end

defmodule InventoryTest do
  use ExUnit.Case


  setup_all do
    IO.puts("setup_all runs once")
    %{base: %{apple: 5, pear: 2}}
  end

  setup %{base: base} = ctx do
    if ctx[:empty], do: %{inv: %{}}, else: %{inv: base}
  end

  test "add", %{inv: inv} do
    assert Inventory.add(inv, :apple, 1) == %{apple: 6, pear: 2}
  end

  @tag :empty
  test "empty tag", %{inv: inv} do
    assert inv == %{}
  end

  @tag :integration
  test "excluded" do
    flunk("should not run")
  end

  test "map diff failure", %{inv: inv} do
    assert Inventory.add(inv, :kiwi, 1) == %{apple: 5, pear: 2, kiwi: 2}
  end

  test "list diff failure" do
    assert Enum.sort([3, 1, 2]) == [1, 2, 4]
  end

  test "string diff failure" do
    assert String.upcase("hello world") == "HELLO WORLd"
  end

  test "pattern with pinned" do
    expected = 3
    assert {:ok, ^expected} = {:ok, 4}
  end

  test "comparison failure" do
    assert 5 < 3
  end

  test "refute match" do
    refute match?({:ok, _}, {:ok, 1})
  end

  test "assert_raise wrong exception" do
    assert_raise ArgumentError, fn -> raise RuntimeError, "nope" end
  end

  test "assert_raise no exception" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "assert_raise message mismatch" do
    assert_raise RuntimeError, "expected", fn -> raise "actual" end
  end

  test "exit in test" do
    exit(:boom)
  end

  test "throw in test" do
    throw(:ball)
  end

  test "assert with message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "nil truthy" do
    x = nil
    assert x
  end

  test "refute truthy" do
    refute [1]
  end
end
