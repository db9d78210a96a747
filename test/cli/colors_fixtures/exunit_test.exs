# ExUnit's colours on a terminal (colors.test.ts, record.sh): dots, --trace lines, failure blocks
# with their labels, locations and errors, the two sides of a comparison diffed, the summary.
# TRACE=1 runs it with trace: true.
ExUnit.start(seed: 0, trace: System.get_env("TRACE") == "1", exclude: [:slow])

defmodule Colors.Point do
  defstruct [:y, :x, :label]
end

defmodule ColorsTest do
  use ExUnit.Case

  test "passes", do: assert(1 + 1 == 2)

  @tag :skip
  test "skipped", do: :ok

  @tag :slow
  test "excluded", do: :ok

  test "integers", do: assert(123 == 124)
  test "strings close", do: assert("hello world" == "hallo world!")
  test "strings far", do: assert("abc" == "xyz")
  test "whitespace", do: assert("a b\tc" == "a  b c")
  test "lists", do: assert([1, 2, 3, "x"] == [1, 3, 4, "y", 5])
  test "keywords", do: assert([a: 1, b: 2, c: 3] == [a: 1, b: 20, d: 3])
  test "keyword and tuples", do: assert([a: 1] == [{:a, 1}, 2])
  test "tuples", do: assert({:ok, 1, [2]} == {:error, 1, [], 4})
  test "maps", do: assert(%{a: 1, b: %{c: "x"}, z: 0} == %{a: 1, b: %{c: "y"}, y: 0})
  test "mixed keys", do: assert(%{"k" => 1, 2 => :two} == %{"k" => 1.0, 3 => :two})
  test "structs", do: assert(%Colors.Point{x: 1, y: 2} == %Colors.Point{x: 1, y: 3, label: "p"})
  test "struct and map", do: assert(%Colors.Point{x: 1} == %{x: 1})
  test "inspected struct", do: assert(MapSet.new([1, 2]) == MapSet.new([1, 3]))
  test "charlists", do: assert('abc' == 'abd')
  test "numbers equal in ==", do: assert([1, 2.0, 3] == [1.0, 2, 4])
  test "strict", do: assert(1 === 1.0)
  test "less than", do: assert(3 < 2)
  test "long", do: assert(Enum.to_list(1..60) == Enum.to_list(2..61))
  test "nested long", do: assert({:ok, [String.duplicate("x", 150), 1]} == {:ok, [String.duplicate("x", 150), 2]})
  test "improper", do: assert([1 | 2] == [1 | 3])

  test "match" do
    assert {:ok, [_, 2]} = {:error, [1, 3]}
  end

  test "pinned" do
    x = 1
    assert %{a: ^x, b: _} = %{a: 2, c: 3}
  end

  test "mailbox" do
    send(self(), {:x, 1})
    send(self(), {:y, 2, 3})
    assert_received {:y, 2}
  end

  test "refute", do: refute(1 == 1)
  test "truthy", do: assert(nil)
  test "function clause", do: Keyword.fetch!(:a, :b)
  test "raise", do: raise("boom")
  test "flunk", do: flunk("nope\nsecond line")
end

defmodule ColorsSetupAllTest do
  use ExUnit.Case

  setup_all do
    raise "bad setup"
  end

  test "invalidated", do: :ok
end
