# attributes set inside module-body code (not at the top of the body) or by a macro's expansion:
# reads after them are no "undefined module attribute", and the ones never read are reported
defmodule Helper do
  defmacro __using__(_), do: quote(do: @from_use(3))
end

defmodule SetInCode do
  x = (@a 1)
  if true, do: @c 2
  for n <- [1], do: @b n
  @d (@e 3)
  @f 4
  y = (def f, do: {@f, @read_later})
  @read_later 5
  IO.inspect({x, y})
end

defmodule SetByUse do
  use Helper
  def g, do: @from_use
end

defmodule ReadInFor do
  @base 10
  for n <- [1, 2] do
    def unquote(:"f#{n}")(), do: @base + unquote(n)
  end
end
