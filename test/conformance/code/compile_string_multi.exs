defmodule Main do
  def run do
    src = """
    defmodule Shapes.Circle do
      defstruct r: 1
      def area(%{r: r}), do: r * r * 3
    end

    defmodule Shapes.Square do
      def area(s), do: s * s
    end
    """
    mods = Code.compile_string(src)
    IO.inspect(mods |> Enum.map(&elem(&1, 0)) |> Enum.sort())
    IO.inspect(Shapes.Square.area(4))
    IO.inspect(Shapes.Circle.area(%{r: 2}))
    IO.inspect(struct(Shapes.Circle, r: 5))
    IO.inspect(:erlang.module_loaded(Shapes.Circle))
    IO.inspect(function_exported?(Shapes.Square, :area, 1))
    IO.inspect(function_exported?(Shapes.Square, :area, 2))
    [{Shapes.Square, _}] = Code.compile_string("defmodule Shapes.Square do\n def area(s), do: {:v2, s * s}\nend")
    IO.inspect(Shapes.Square.area(3))
    IO.inspect(Shapes.Circle.area(%{r: 1}))
    {result, binding} = Code.eval_string("x * y + elem(Shapes.Square.area(1), 1)", x: 6, y: 7)
    IO.inspect(result)
    IO.inspect(Enum.sort(binding))
  end
end

Main.run()
