# Definitions a `use` of the program's own module writes take part in the Erlang compiler's
# "this clause cannot match" check, at the `use`'s line, as the clauses the source writes
defmodule Lib do
  defmacro __using__(opts) do
    quote do
      def f, do: 1
      def g(x), do: x
      def h(_), do: unquote(opts[:v])
      defoverridable h: 1
    end
  end

  defmacro make do
    quote do
      def k(y), do: y
    end
  end
end

defmodule Twice do
  use Lib, v: 1
  use Lib, v: 2
  def h(z), do: z
  require Lib
  Lib.make()
  Lib.make()
end

defmodule SourceFirst do
  def g(a), do: a
  use Lib
  def f, do: 2
end

IO.inspect({Twice.f(), Twice.h(3), Twice.k(4), SourceFirst.g(5)})
