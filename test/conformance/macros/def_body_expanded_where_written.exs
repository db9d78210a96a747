# Elixir expands a def's body when the def is stored, as the module body runs top to bottom:
# a macro called in a def runs between the body's code before and after it (beamlet expanded
# every def once the body was done). Its effects: output, Module.put_attribute read by a later
# @attr and by @before_compile, Module.get_attribute of attributes set so far, fns in order.
defmodule Reg do
  defmacro __using__(_) do
    quote do
      import Reg
      Module.register_attribute(__MODULE__, :seen, accumulate: true)
      @before_compile Reg
    end
  end

  defmacro track(name) do
    IO.puts("expanding track(#{inspect(name)})")
    Module.put_attribute(__CALLER__.module, :seen, name)
    quote do: unquote(name)
  end

  defmacro attr(name) do
    v = Module.get_attribute(__CALLER__.module, name)
    IO.inspect({:attr_at_expansion, name, v})
    Macro.escape(v)
  end

  defmacro __before_compile__(env) do
    seen = Module.get_attribute(env.module, :seen)
    quote do
      def seen, do: unquote(seen)
    end
  end
end

defmodule User do
  use Reg
  IO.puts("body start")
  @x 1
  def a, do: track(:a)
  IO.inspect(@seen, label: "after a")
  def b, do: {track(:b), attr(:x)}
  @x 2
  IO.puts("between")
  for n <- [:c, :d] do
    def unquote(n)(), do: track(unquote(n))
  end
  IO.inspect(@seen, label: "after for")
  def e(l) do
    Enum.map(l, fn y -> {track(:in_fn), y} end) ++ [track(:after_fn), attr(:x)]
  end
  defmacrop loc(x) do
    IO.puts("expanding loc")
    x
  end
  def f, do: loc(track(:f))
  IO.puts("body end")
end

IO.inspect({User.a(), User.b(), User.c(), User.e([1]), User.f()})
IO.inspect(User.seen())
