# Remote calls in the code the program's own macros expand to (in a def, through nested macro
# calls, a capture, a quote's alias, location: :keep, a local macro, a `use` in the module body)
# are checked as those written in the source: undefined modules and functions warn at the caller
defmodule Real.Target do
  def ok(x), do: x
end

defmodule Macs do
  alias Real.Target

  defmacro twice(expr) do
    quote do
      {unquote(expr), unquote(expr)}
    end
  end

  defmacro via_alias(x) do
    quote do
      Target.ok(unquote(x)) + Target.missing(unquote(x))
    end
  end

  defmacro capture do
    quote do: &Gone.fun/1
  end

  defmacro kept do
    quote location: :keep do
      Kept.call()
    end
  end

  defmacro nested(x) do
    quote do
      Macs.twice(Nested.call(unquote(x)))
    end
  end
end

defmodule Gen do
  defmacro __using__(_) do
    quote do
      def gen, do: Missing.Mod.fun(1, 2)
      def gen2(x), do: Real.Target.ok(x, x)
    end
  end
end

defmodule UseIt do
  use Gen
  require Macs
  alias Some.Long.Name, as: Short

  defmacrop local_mac do
    quote do: LocalGone.f()
  end

  def a(x), do: Macs.twice(Short.run(x))
  def b(x), do: Macs.via_alias(x)
  def c, do: Macs.capture()
  def d, do: Macs.kept()
  def e(x), do: Macs.nested(x)
  def f, do: local_mac()
end
