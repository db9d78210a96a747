# dbg's header names where it is as a stacktrace entry does: a quoted function name
# (a test's: DbgTest."test dbg pipe"/1), an operator, and "Mod (module)" in a module's body
dbg(1)
defmodule Q do
  dbg(2)
  def unquote(:"odd name")(), do: dbg(3)
  def a + _b, do: dbg(a)
  def ok?(), do: dbg(4)
end
Q."odd name"()
Q.+(5, 1)
Q.ok?()

ExUnit.start(seed: 0)
defmodule DbgTest do
  use ExUnit.Case
  test "dbg pipe" do
    [1, 2, 3]
    |> Enum.map(&(&1 * 2))
    |> Enum.sum()
    |> dbg()
  end
  test "dbg value" do
    x = %{a: 1}
    dbg(x)
    dbg(Map.put(x, :b, 2))
  end
  test "dbg in fail" do
    y = dbg(1 + 1)
    assert y == 3
  end
end
