# ^var!(x) / ^var!(x, Ctx) in a macro's pattern pins that context's variable (beamlet failed to compile
# it: undefined variable ^null) and counts as a read of it for the unused-variable warnings
defmodule M do
  defmacro readx, do: quote(do: var!(x))
  defmacro incx, do: quote(do: var!(x) = var!(x) + 1)
  defmacro pinx(v), do: quote(do: ^var!(x) = unquote(v))
  defmacro setc, do: quote(do: var!(x, Ctx) = 1)
  defmacro pinc(v), do: quote(do: ^var!(x, Ctx) = unquote(v))
  defmacro matchx(v), do: quote(do: {var!(x), _} = unquote(v))
end
defmodule U do
  require M
  def a do
    x = 1
    M.readx()
  end
  def b do
    x = 1
    M.incx()
    :ok
  end
  def c do
    x = 1
    M.pinx(1)
  end
  def f(v) do
    M.setc()
    M.pinc(v)
  end
  def d do
    x = 1
    M.matchx({2, 3})
    for x <- [1], do: M.incx()
  end
end
IO.inspect {U.a(), U.c(), U.f(1)}
