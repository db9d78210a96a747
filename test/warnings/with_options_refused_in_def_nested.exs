defmodule Steps do
  def run(x) do
    z = 1
    case x do
      1 -> [z, with(y <- x, foo: 3, do: y)]
    end
  end
end
