# Elixir's quote annotates a definition's head with its context, import/alias/require with their
# context, `&fun/arity` of an import with the import, and a variable named as an imported function
# with that function's imports (what Macro.expand and a macro inspecting its code see)
IO.inspect quote(do: (def foo(), do: 1))
IO.inspect quote(do: (defp foo(x) when x > 1, do: 1))
IO.inspect quote(do: (defmacro m(a), do: a))
IO.inspect quote(do: (def foo, do: 1))
IO.inspect quote(do: (def inspect(x), do: x))
IO.inspect quote(do: @foo 1)
IO.inspect quote(do: @foo)
IO.inspect quote(do: Kernel.def(foo(x), do: 1))
name = :"a b"
IO.inspect quote(do: (def unquote(name)(), do: 1))
IO.inspect quote(do: (def unquote(name)(x) when x > 1, do: 1))
IO.inspect quote(location: :keep, do: def(foo(a), do: a))
IO.inspect quote(do: import(Enum, only: [map: 2]))
IO.inspect quote(do: alias(Foo.Bar))
IO.inspect quote(do: require(Logger))
IO.inspect quote(do: &map/2)
IO.inspect quote(do: &inspect/1)
IO.inspect quote(do: &is_atom/1)
IO.inspect quote(do: &Enum.map/2)
IO.inspect quote(do: max + min)
IO.inspect quote(do: struct)
IO.inspect quote(do: x = if)

defmodule Hyg do
  defmacro m do
    quote do
      max = 10
      min = 1
      max - min
    end
  end
end

defmodule UseHyg do
  require Hyg
  def f, do: Hyg.m()
end

IO.inspect UseHyg.f()
