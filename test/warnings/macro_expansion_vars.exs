# a macro's expansion is walked as code: a variable it binds for the caller and the caller reads
# is used; the caller's variables in a block given to a macro are reported where they stand
defmodule Mac do
  defmacro bind_fixed do
    quote do
      var!(fixed) = 1
    end
  end
  defmacro twice(x) do
    quote do
      v = unquote(x)
      v + v
    end
  end
  defmacro maybe(cond, val) do
    quote do
      if unquote(cond), do: unquote(val), else: nil
    end
  end
  defmacro with_tmp(do: body) do
    quote do
      tmp = 5
      unquote(body)
    end
  end
  defmacro match_it(pat, val) do
    quote do
      unquote(pat) = unquote(val)
      :matched
    end
  end
end
defmodule User do
  require Mac
  def a do
    Mac.bind_fixed()
    fixed + 1
  end
  def b(x), do: Mac.twice(x)
  def c(x, y), do: Mac.maybe(x, y)
  def d do
    Mac.with_tmp do
      q = 1
      2
    end
  end
  def e(m) do
    Mac.match_it({a, b}, m)
  end
  def f(m) do
    Mac.match_it({a, _b}, m)
    a
  end
  def g(unused_arg), do: Mac.twice(Mac.twice(1))
end
IO.inspect {User.a(), User.b(2), User.c(true, 3), User.d(), User.f({1, 2})}
