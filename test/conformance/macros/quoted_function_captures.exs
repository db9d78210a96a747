# A capture `&name/arity` written inside a quote names a function, though its quoted form
# ({name, meta, Module}) has a variable's shape
defmodule Caps do
  defmacro imported, do: quote(do: Enum.map([1, :a], &inspect/1))
  defmacro guard_capture, do: quote(do: Enum.filter([1, :a, :b], &is_atom/1))
  defmacro caller_local, do: quote(do: Enum.map([1, 2], &twice/1))
  defmacro with_var(x) do
    quote do
      f = &to_string/1
      {f.(unquote(x)), Enum.map_join([unquote(x), 2], "-", &Integer.to_string/1)}
    end
  end
end

defmodule User do
  require Caps
  def twice(x), do: x * 2
  def a, do: Caps.imported()
  def b, do: Caps.guard_capture()
  def c, do: Caps.caller_local()
  def d, do: Caps.with_var(7)
end

IO.inspect(User.a())
IO.inspect(User.b())
IO.inspect(User.c())
IO.inspect(User.d())
