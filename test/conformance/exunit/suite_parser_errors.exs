# Errors in tests: FunctionClauseError, ArgumentError, KeyError, MatchError, CaseClauseError, throw, exits, catch_*, an undefined function (with its compile warning), flunk, a custom exception.
ExUnit.start(seed: 0)

defmodule Parser do
  def parse!(<<"{", _::binary>> = s), do: {:object, s}
  def parse!(s) when is_binary(s), do: raise(ArgumentError, "unexpected: #{inspect(s)}")
  def fetch!(map, key), do: Map.fetch!(map, key)
end

defmodule ParserTest do
  use ExUnit.Case, async: true

  test "function clause" do
    Parser.parse!(42)
  end

  test "argument error" do
    Parser.parse!("[1]")
  end

  test "key error" do
    Parser.fetch!(%{a: 1}, :b)
  end

  test "bad match" do
    {:ok, _} = Parser.parse!("{}")
  end

  test "case clause" do
    case Parser.parse!("{x") do
      {:array, _} -> :ok
    end
  end

  test "throw" do
    throw(:oops)
  end

  test "exit" do
    exit(:shutdown)
  end

  test "exit with tuple" do
    exit({:bad, [1, 2]})
  end

  test "catch_error" do
    assert %ArgumentError{} = catch_error(Parser.parse!("x"))
    assert catch_throw(throw(1)) == 2
  end

  test "catch_exit" do
    assert catch_exit(exit(:a)) == :a
    catch_exit(:no_exit)
  end

  describe "calls" do
    test "undefined function" do
      Parser.nope(1)
    end
  end

  test "undefined function" do
    Parser.nope(1)
  end

  test "flunk" do
    flunk("not done yet")
  end

  test "raise custom" do
    defmodule MyErr do
      defexception [:reason]
      def message(e), do: "my error: #{inspect(e.reason)}"
    end
    raise MyErr, reason: :bad
  end
end
