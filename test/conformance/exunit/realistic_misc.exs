ExUnit.start(seed: 1000)

defmodule Shapes do
  defmodule Circle, do: defstruct(radius: 1)
  defmodule Square, do: defstruct(side: 1)

  def area(%Circle{radius: r}), do: Float.round(3.14159 * r * r, 2)
  def area(%Square{side: s}), do: s * s
end

defmodule ShapesTest do
  use ExUnit.Case
  alias Shapes.{Circle, Square}

  describe "area/1" do
    setup do
      [shapes: [%Circle{radius: 2}, %Square{side: 3}]]
    end

    test "circle and square", %{shapes: [c, s]} do
      assert Shapes.area(c) == 12.57
      assert Shapes.area(s) == 9
    end

    test "struct diff", %{shapes: [c, _]} do
      assert c == %Circle{radius: 3}
    end

    test "unknown shape" do
      Shapes.area(%{sides: 3})
    end
  end

  describe "enum" do
    test "sum over list" do
      assert Enum.sum([1, 2, 3]) === 6
    end

    test "long list diff" do
      assert Enum.to_list(1..20) == Enum.to_list(1..19) ++ [21]
    end

    test "string diff" do
      assert "the quick brown fox jumps" == "the quick red fox jumped"
    end

    test "assert with function call" do
      assert Enum.empty?([1])
    end

    test "refute with ==" do
      refute 1 + 1 == 2
    end

    test "nested pattern fails" do
      assert [%{id: 1, tags: [_ | _]} | _] = [%{id: 1, tags: []}]
    end
  end

  test "ExUnit.Case helpers", ctx do
    assert ctx.describe == nil
    assert ctx.file =~ "realistic_misc.exs"
    assert is_integer(ctx.line)
    assert ctx.async == false
    assert ctx.registered == %{}
  end
end
