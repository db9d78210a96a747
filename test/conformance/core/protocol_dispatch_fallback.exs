defprotocol Area do
  def area(shape)
end

defmodule Circle, do: defstruct(r: 1)
defmodule Rect, do: defstruct(w: 1, h: 1)
defmodule Tri, do: defstruct(b: 1, h: 1)

defimpl Area, for: Circle, do: def(area(%{r: r}), do: Float.round(3.14159 * r * r, 2))
defimpl Area, for: Rect, do: def(area(%{w: w, h: h}), do: w * h)

defmodule Main do
  def run do
    shapes = [%Circle{r: 2}, %Rect{w: 3, h: 4}, %Tri{b: 2, h: 5}]
    for s <- shapes do
      try do
        IO.puts("#{inspect(s)} -> #{Area.area(s)}")
      rescue
        e in Protocol.UndefinedError -> IO.puts("#{inspect(s.__struct__)}: #{Exception.message(e)}")
      end
    end
    IO.inspect(Area.impl_for(%Rect{}))
    IO.inspect(Area.impl_for(%Tri{}))
  end
end

Main.run()
