ExUnit.start(seed: 8)

defmodule Parser do
  def parse!(s) do
    case Integer.parse(s) do
      {n, ""} -> n
      _ -> raise ArgumentError, "not a number: #{inspect(s)}"
    end
  end

  def deep(0), do: raise("bottom")
  def deep(n), do: deep(n - 1) + 1
end

defmodule ParserTest do
  use ExUnit.Case

  test "parses" do
    assert Parser.parse!("12") == 12
  end

  test "error from deep recursion" do
    Parser.deep(3)
  end

  test "bad match in test body" do
    {:ok, x} = {:error, :nope}
    x
  end

  test "case clause" do
    case Parser.parse!("1") do
      2 -> :ok
    end
  end

  test "function clause" do
    String.duplicate(:a, 2)
  end

  test "undefined function" do
    mod = Parser
    mod.missing(1)
  end

  test "assert_raise matches message exactly" do
    assert_raise ArgumentError, "not a number: \"x\"", fn -> Parser.parse!("x") end
  end

  test "raise within assert" do
    assert Parser.parse!("y") == 1
  end

  test "arithmetic" do
    n = Enum.count([])
    assert 10 / n == 1
  end

  test "error with custom struct" do
    raise KeyError, key: :k, term: %{a: 1}
  end
end
