# @on_definition Mod and {Mod, :fun} (accumulating: the latest runs first), called for each
# clause with its code as written
defmodule Hook do
  def __on_definition__(env, kind, name, args, guards, body) do
    IO.inspect({env.module, env.function, env.line, kind, name, args, guards, body})
  end

  def other(env, kind, name, args, _guards, _body) do
    IO.inspect({:other, env.module, kind, name, length(args)})
  end
end

defmodule M do
  @on_definition Hook
  def a(x, y \\ 1) when is_integer(x), do: x + y
  defp b(%{k: v}), do: v
  defmacro c(q), do: q
  def d(x)
  def d(x) do
    x
  rescue
    _ -> :err
  end
  @on_definition {Hook, :other}
  def e, do: :ok
  def f(x) when x > 1 when x < -1, do: b(%{k: x})
end
defmodule H2 do
  def __on_definition__(_env, _k, _n, _a, _g, _b), do: :ok
end
defmodule M2 do
  IO.inspect Module.get_attribute(__MODULE__, :on_definition)
  @on_definition H2
  IO.inspect Module.get_attribute(__MODULE__, :on_definition)
  @on_definition {H2, :__on_definition__}
  IO.inspect @on_definition
  def f, do: 1
end
