# `Left.unquote(name)(args)` and `Left.unquote(name)` in a quote: the remote call is built when
# the name is known (Elixir's :elixir_quote.dot/5)
defmodule Ops do
  defmacro apply_op(op, a, b) do
    quote do: Kernel.unquote(op)(unquote(a), unquote(b))
  end

  defmacro field(map, key) do
    quote do: unquote(map).unquote(key)
  end

  defmacro nested(name) do
    quote do: Foo.unquote(name)
  end
end

defmodule UseOps do
  require Ops
  def add, do: Ops.apply_op(:+, 1, 2)
  def cmp, do: Ops.apply_op(:<=, 3, 2)
  def field(m), do: Ops.field(m, :name)
end

IO.inspect UseOps.add()
IO.inspect UseOps.cmp()
IO.inspect UseOps.field(%{name: "ann"})

op = :max
IO.inspect quote(do: Kernel.unquote(op)(1, 2))
IO.inspect quote(do: :lists.unquote(:reverse)([1, 2]))
IO.inspect quote(do: x.unquote(op))
IO.inspect quote(do: Mod.unquote({:fun, [], [1]}))
IO.inspect quote(do: Mod.unquote({:var, [], nil}))
IO.inspect quote(do: Foo.unquote(Bar))
IO.inspect quote(do: Foo.unquote(quote(do: Bar.Baz)))
IO.inspect quote(do: Kernel.unquote(:def)(unquote(:f)(x), do: x))
IO.inspect Code.eval_quoted(quote(do: Enum.unquote(:sum)([1, 2, 3])))

try do
  quote(do: Mod.unquote(1))
rescue
  e -> IO.inspect(e)
end

try do
  quote(do: Mod.unquote("str")(1))
rescue
  e -> IO.inspect(e)
end

try do
  quote(do: Mod.unquote({:fun, [], [1]})(2, 3))
rescue
  e -> IO.inspect(e)
end
