# A module defined inside a function: calls to it after its defmodule in that function are
# checked against it, calls elsewhere are to a module not defined yet; each run of the
# function redefines it (with the variables there readable in its body: no unused warnings).
defmodule W do
  def a(x) do
    unused_but_in_scope = x
    defmodule A1 do
      @x x
      def f, do: @x
    end
    W.A1.f()
    if true, do: A1.f()
    fn -> W.A1.g() end
  end

  def b, do: W.A1.f()

  def c do
    W.A2.f()
    defmodule A2 do
      def f, do: W.A2.f()
    end
  end
end

W.a(1)
W.a(2)
W.b()

for i <- 1..2 do
  defmodule Looped do
    def i, do: unquote(i)
  end
end
