# a macro whose expansion calls macros (itself included) until none is left
defmodule R do
  defmacro sum([]), do: 0
  defmacro sum([h | t]) do
    quote do: unquote(h) + R.sum(unquote(t))
  end

  defmacro my_and(a, b) do
    quote do
      case unquote(a) do
        false -> false
        nil -> nil
        _ -> unquote(b)
      end
    end
  end

  defmacro all([x]), do: x
  defmacro all([x | rest]), do: quote(do: R.my_and(unquote(x), R.all(unquote(rest))))
end

defmodule User do
  require R
  def a, do: R.sum([1, 2, 3, 4])
  def b(x), do: R.all([x > 0, x < 10, rem(x, 2) == 0])
end

IO.inspect(User.a())
IO.inspect(User.b(4))
IO.inspect(User.b(5))
IO.inspect(User.b(-2))
