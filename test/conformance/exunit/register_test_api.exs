# ExUnit.Case.register_test/4 as a library's property/2 macro calls it (the name it returns is the
# function to define): the test type names the test and counts it in the summary ("propertys"),
# tags given to it join the @tag ones, a describe block prefixes the name; outside a module that
# uses ExUnit.Case it raises
ExUnit.start(seed: 0)

defmodule Prop do
  defmacro property(message, do: block) do
    block = Macro.escape(block, unquote: true)

    quote bind_quoted: [message: message, block: block] do
      name = ExUnit.Case.register_test(__ENV__, :property, message, [:prop, [kind: :quick]])
      def unquote(name)(var!(context)), do: unquote(block)
    end
  end
end

defmodule PropTest do
  use ExUnit.Case
  import Prop

  @tag :mine
  @tag kind: :slow
  property "holds" do
    assert {context.test, context.test_type, context.prop, context.kind, context.mine} == :shown
  end

  describe "grp" do
    property "in group" do
      assert context.describe == "grp"
      assert 1 == 2
    end

    test "plain", ctx do
      assert {ctx.test, ctx.test_type, ctx[:prop]} == :shown
    end
  end

  test "not yet"
end

try do
  defmodule Outside do
    ExUnit.Case.register_test(__ENV__, :test, "x", [])
  end
rescue
  e -> IO.inspect(e)
end
