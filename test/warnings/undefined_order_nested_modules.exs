# Undefined-function warnings come module by module in the reverse order the modules' compilation
# ended: a nested module ends before the module around it
defmodule Outer do
  def a, do: Missing.Mod1.f()

  defmodule Inner do
    def b, do: Outer.nope()

    defmodule Deepest do
      def c, do: Outer.Inner.nope()
    end

    def b2, do: Outer.Inner.Deepest.nope()
  end

  defmodule Sibling do
    def d, do: Outer.Inner.nope2()
  end

  def e, do: Outer.Sibling.nope()
end

defmodule Later do
  def f, do: Outer.nope_later()
end

IO.puts("ok")
