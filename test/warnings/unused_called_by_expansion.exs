# A private function called only by code a macro expanded to is used, as Elixir sees it after
# expansion: ExUnit's `setup :name`, `setup [:a, :b]`, `setup_all :name`, and a macro of the
# program's own that defines a function calling a private one by the name it is given.
# A private function nothing calls is still reported.
ExUnit.start(seed: 0)

defmodule Gen do
  defmacro def_calling(name, target) do
    quote do
      def unquote(name)(), do: unquote(target)()
    end
  end
end

defmodule UsesGen do
  require Gen
  Gen.def_calling(:run, :helper)
  defp helper, do: chained()
  defp chained, do: :ok
  defp not_called, do: :ok
end

defmodule SetupNamedUnusedTest do
  use ExUnit.Case
  setup :make_x
  setup [:make_y, :make_z]
  setup_all :make_all

  describe "d" do
    setup :make_w

    test "t", ctx do
      assert ctx.x == 1
    end
  end

  defp make_x(_), do: %{x: 1}
  defp make_y(_), do: [y: 2]
  defp make_z(_), do: :ok
  defp make_w(_), do: {:ok, w: 4}
  defp make_all(_), do: :ok
  defp really_unused(_), do: :ok
end

IO.inspect(UsesGen.run())
