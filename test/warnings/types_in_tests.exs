# Elixir 1.14's type checker sees ExUnit's tests as the functions they are ("test NAME"/1)
ExUnit.start(autorun: false)
defmodule TypesInTests do
  use ExUnit.Case
  test "field" do
    m = %{a: 1}
    assert m.b == 1
  end
  test "context", %{x: x} do
    m = %{a: x}
    m.c
  end
  test "assert field" do
    m = %{a: 1}
    assert m.a == 1
    m.d
  end
  describe "group" do
    test "inside", ctx do
      m = %{a: ctx}
      refute m.e
    end
  end
  defp helper(x) when is_integer(x), do: x.foo
  test "uses helper", do: helper(1)
end
IO.puts("ok")
