defmodule Big do
  defstruct [:a, :b]
end
ExUnit.start(seed: 606)
ExUnit.configure(exclude: :pending, trace: true)

defmodule OddDiffsTest do
  use ExUnit.Case

  test "big maps" do
    a = Map.new(1..40, &{&1, &1 * 2})
    assert a == Map.put(a, 17, :x) |> Map.delete(33)
  end


  test "mapset" do
    assert MapSet.new([1, 2, 3]) == MapSet.new([1, 2, 4])
  end

  test "improper list" do
    assert [1, 2 | 3] == [1, 2 | 4]
  end

  test "keyword" do
    assert [a: 1, b: 2, c: [d: 3]] == [a: 1, b: 3, c: [d: 4, e: 5]]
  end

  test "charlists" do
    assert 'hello world' == 'hello wrld'
  end

  test "string vs charlist" do
    assert "hello" == 'hello'
  end

  test "invalid utf8" do
    assert <<0xFF, 1, 2>> == <<0xFF, 1, 3>>
  end

  test "floats" do
    assert 0.1 + 0.2 == 0.3
  end

  test "range" do
    assert 1..10 == 1..11
  end

  test "range step" do
    assert 1..10//2 == 1..10//3
  end

  test "dates" do
    assert ~D[2020-01-01] == ~D[2020-01-02]
  end

  test "datetime" do
    assert ~U[2020-01-01 10:00:00Z] == ~U[2020-01-01 10:00:01Z]
  end

  test "tuple big" do
    assert {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12} == {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13}
  end

  test "quoted atoms" do
    assert :"hello world" == :"hello-world"
  end

  test "struct vs map same fields" do
    assert %Big{a: 1, b: 2} == %{a: 1, b: 2}
  end

  test "nested struct in map" do
    assert %{x: %Big{a: [1, 2], b: "s"}} == %{x: %Big{a: [1, 3], b: "t"}}
  end

  test "regex" do
    assert ~r/abc/ == ~r/abd/
  end

  test "pids and refs" do
    assert {self(), 1} == {self(), 2}
  end

  test "long string with newline at end" do
    assert "line one\nline two\nline three\n" == "line one\nline 2\nline three"
  end

  test "string escapes" do
    assert "tab\there \"q\" \\ \e" == "tab\there 'q' \\ \a"
  end

  test "unicode strings" do
    assert "héllo wörld ☃" == "hello world ☃"
  end

  test "numbers" do
    assert 123_456_789 == 123_456_780
  end

  test "int vs float" do
    assert 1 == 1.0
    assert 1 === 1.0
  end

  test "nil vs false" do
    assert nil == false
  end

  test "match list tail" do
    assert [1, 2 | _] = [1, 3, 4]
  end

  test "match map" do
    assert %{a: 1, b: %{c: _}} = %{a: 1, b: %{d: 2}, e: 3}
  end

  test "match with when-like" do
    x = 5
    assert ^x = 6
  end

  test "match string prefix" do
    assert "abc" <> _ = "abd"
  end

  test "less than" do
    assert 5 < 3
  end

  test "ge on lists" do
    assert [1, 2] >= [1, 3]
  end

  test "and/or" do
    assert true and false
  end

  test "not" do
    assert !true
  end

  test "function call returning false" do
    assert Enum.member?([1, 2], 3)
  end

  test "refute match" do
    refute {:ok, _} = {:ok, 1}
  end

  test "refute eq" do
    refute 1 == 1
  end

  test "assert with message" do
    assert false, "custom #{1 + 1} message"
  end

  test "assert nil" do
    assert nil
  end

  test "binary with size" do
    assert <<1::4, 2::4>> == <<1::3>>
  end

  test "large list diff" do
    assert Enum.to_list(1..50) == Enum.to_list(1..25) ++ [0] ++ Enum.to_list(27..50)
  end
end
