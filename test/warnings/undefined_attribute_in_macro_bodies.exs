# An undefined @attr read inside a test body or inside a program's own macro's block argument that
# becomes a def: one warning per read (it was given twice: once for the definition the macro
# wrote, once for the macro call's arguments)
ExUnit.start(autorun: false)

defmodule Wrap do
  defmacro wrap(name, do: body) do
    quote do
      def unquote(name)(), do: unquote(body)
    end
  end
end

defmodule UsesWrap do
  require Wrap

  Wrap.wrap :a do
    {@missing, @missing}
  end

  def b, do: @other
end

defmodule UndefAttrInTestsTest do
  use ExUnit.Case

  @known 1

  test "uses undefined" do
    assert @in_test == nil
    assert @known == 1
  end

  describe "in describe" do
    test "another", do: assert(@in_describe == nil)
  end
end
