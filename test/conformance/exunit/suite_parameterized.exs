# Tests generated with for (module attributes and unquote in the names and bodies), arithmetic errors, assert_in_delta, refute, comparisons, string and list diffs.
ExUnit.start(seed: 0)

defmodule Calc do
  def add(a, b), do: a + b
  def div(a, b), do: a / b
  def parse(s) do
    case Integer.parse(s) do
      {n, ""} -> {:ok, n}
      _ -> {:error, :invalid}
    end
  end
end

defmodule CalcTest do
  use ExUnit.Case

  for {a, b, expected} <- [{1, 2, 3}, {0, 0, 0}, {-1, 1, 0}, {2, 2, 5}] do
    @a a
    @b b
    @expected expected
    test "add(#{a}, #{b}) == #{expected}" do
      assert Calc.add(@a, @b) == @expected
    end
  end

  for input <- ["1", "42", "x", "3.5"] do
    test "parse #{inspect(input)}" do
      assert {:ok, n} = Calc.parse(unquote(input))
      assert is_integer(n)
    end
  end

  test "division by zero" do
    Calc.div(1, 0)
  end

  test "float compare" do
    assert_in_delta Calc.div(1, 3), 0.33, 0.001
  end

  test "refute" do
    refute Calc.add(1, 1) == 2
  end

  test "comparison" do
    assert Calc.add(1, 1) > 3
  end

  test "string diff" do
    assert "hello world" == "hello wrold"
  end

  test "list diff" do
    assert [1, 2, 3, 4] == [1, 2, 4, 5]
  end
end
