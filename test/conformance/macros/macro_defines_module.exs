# a macro whose expansion defines a module and a struct
defmodule Maker do
  defmacro defrecord(name, fields) do
    quote do
      defmodule unquote(name) do
        defstruct unquote(fields)
        def new(kv), do: struct(__MODULE__, kv)
        def fields, do: unquote(Keyword.keys(fields))
      end
    end
  end
end

defmodule Shapes do
  require Maker
  Maker.defrecord(Point, x: 0, y: 0)
  Maker.defrecord(Size, w: 1, h: 1)
end

defmodule Main do
  def run do
    IO.inspect(Shapes.Point.new(x: 3))
    IO.inspect(Shapes.Size.fields())
    IO.inspect(%Shapes.Size{w: 5}.h)
  end
end

Main.run()
