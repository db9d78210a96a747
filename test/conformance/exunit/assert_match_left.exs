# The left: of a failed match shows the pattern as written: a sigil stays one, a module attribute shows its value, aliases are expanded.
ExUnit.start(seed: 0)
defmodule AT4 do
  use ExUnit.Case
  @attr %{a: 1}
  @date ~D[2020-01-01]
  test "1", do: assert %URI{host: "a"} = %URI{host: "b"}
  test "2", do: assert @attr = %{a: 2}
  test "3", do: assert {:ok, ~D[2020-01-01]} = {:ok, ~D[2020-01-03]}
  test "4", do: assert @date = ~D[2020-01-03]
  test "5", do: assert {:ok, ~r/a/} = {:ok, 1}
  test "6", do: assert %{__struct__: Date, year: y} = %{year: 1}
  test "7", do: assert ~D[2020-01-01] == ~D[2020-01-03]
end
