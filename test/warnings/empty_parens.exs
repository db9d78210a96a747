# `()` that is no call's parentheses is nil, with the parser's warning at each; call
# parentheses (`f()`, `f.()`, `fn () -> ... end`) are not warned of.
defmodule EmptyParens do
  def foo(), do: 1

  def bar() do
    f = fn () -> 1 end
    g = fn -> 2 end
    {f.(), g.(), :erlang.self() |> is_pid(), __MODULE__.foo()}
  end

  def baz, do: (
    )
end

x = ()
IO.inspect(x)
IO.inspect(())
y = if (), do: 1, else: 2
IO.inspect(y)
IO.inspect([(), 1])
IO.inspect({(), ()})
IO.inspect(EmptyParens.bar())
IO.inspect(EmptyParens.baz())
IO.inspect(quote do: ())
IO.inspect(Kernel.is_nil ())
h = fn -> fn -> 3 end end
IO.inspect(h.().())

case () do
  nil -> IO.puts("nil")
end
