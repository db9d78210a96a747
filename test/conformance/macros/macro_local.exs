# defmacrop: a private macro used later in the same module
defmodule M do
  defmacrop twice(x), do: quote(do: unquote(x) + unquote(x))
  defmacrop wrap(x) do
    quote do
      {:wrapped, unquote(x)}
    end
  end

  defmacro public(x), do: quote(do: {:public, unquote(x)})

  def a(y), do: twice(y)
  def b, do: wrap(twice(3))
  def c, do: public(:local_use)
end

IO.inspect(M.a(5))
IO.inspect(M.b())
IO.inspect(M.c())
IO.inspect(M.__info__(:macros))
