# redefining modules defined together (a module and those its body defines): the warnings come in
# source order, each at its own defmodule line
defmodule C do
  def make(x) do
    defmodule Dyn do
      @x x
      def x, do: @x
      defmodule Deeper do
        def d, do: :deep
      end
      defmodule Deeper2 do
      end
    end
    {Dyn.x(), Dyn.Deeper.d()}
  end
end
IO.inspect C.make(1)
IO.inspect C.make(2)
defmodule C do
  defmodule In do
  end
end
