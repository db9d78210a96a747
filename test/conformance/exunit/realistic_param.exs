ExUnit.start(seed: 99, exclude: [:skip_me], include: [])

defmodule MathTest do
  use ExUnit.Case, async: true

  @cases [{1, 1, 2}, {2, 3, 5}, {-1, 1, 0}, {10, 10, 21}]

  for {a, b, expected} <- @cases do
    @a a
    @b b
    @expected expected
    test "add #{a} + #{b} = #{expected}" do
      assert @a + @b == @expected
    end
  end

  for n <- 1..3 do
    test "square #{n}" do
      n = unquote(n)
      assert n * n >= n
    end
  end

  describe "comparisons" do
    @describetag :cmp
    test "greater", ctx do
      assert ctx.cmp
      assert 3 > 5
    end

    test "lists equal" do
      assert Enum.sort([3, 1, 2]) == [1, 2, 4]
    end

    test "strings" do
      assert String.upcase("abc") == "ABD"
    end

    test "maps" do
      assert %{a: 1, b: %{c: [1, 2]}} == %{a: 1, b: %{c: [1, 3]}, d: 4}
    end

    test "tuples and keyword" do
      assert [a: 1, b: 2] === [a: 1, b: 2.0]
    end
  end

  @tag :skip
  test "skipped" do
    flunk("never")
  end

  @tag :skip_me
  test "excluded" do
    flunk("never")
  end

  @tag timeout: 50
  test "times out" do
    Process.sleep(500)
  end

  test "assert_in_delta" do
    assert_in_delta 1.0, 1.2, 0.1
  end

  test "refute" do
    refute Enum.member?([1, 2], 2)
  end

  test "match?" do
    assert match?({:ok, _}, {:error, :x})
  end

  test "truthy" do
    value = nil
    assert value
  end

  test "catch_*" do
    assert catch_throw(throw(:t)) == :t
    assert catch_exit(exit(:e)) == :e
    assert %RuntimeError{} = catch_error(raise "r")
    assert catch_throw(:no_throw) == :t
  end
end
