defprotocol Size do
  @doc "size of a thing"
  def size(data)
end

defimpl Size, for: BitString do
  def size(s), do: byte_size(s)
end

defimpl Size, for: Map do
  def size(m), do: map_size(m)
end

defimpl Size, for: Tuple do
  def size(t), do: tuple_size(t)
end

defimpl Size, for: List do
  def size(l), do: length(l)
end

defimpl Size, for: Integer do
  def size(_), do: 1
end

defmodule Main do
  def run do
    for v <- ["hello", %{a: 1, b: 2}, {1, 2, 3}, [1, 2], 42] do
      IO.inspect(Size.size(v))
    end
    try do
      Size.size(:atom)
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    try do
      Size.size(1.5)
    rescue
      e -> IO.inspect(e.__struct__)
    end
    IO.inspect(Size.impl_for("x"))
    IO.inspect(Size.impl_for(:nope))
  end
end

Main.run()
