# variables made by a macro do not clash with the caller's (hygiene)
defmodule H do
  defmacro set_x(v) do
    quote do
      x = unquote(v)
      x
    end
  end

  defmacro read_caller_x do
    quote do: var!(x)
  end

  defmacro set_caller_x(v) do
    quote do: var!(x) = unquote(v)
  end
end

defmodule User do
  require H

  def a do
    x = 1
    y = H.set_x(2)
    {x, y}
  end

  def b do
    x = 5
    H.read_caller_x()
    |> Kernel.+(x)
  end

  def c do
    H.set_caller_x(7)
    x
  end

  def d do
    x = :outer
    H.set_x(:inner)
    H.set_x(:again)
    x
  end
end

IO.inspect(User.a())
IO.inspect(User.b())
IO.inspect(User.c())
IO.inspect(User.d())
