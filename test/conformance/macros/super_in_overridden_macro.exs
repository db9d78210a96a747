defmodule A do
  defmacro __using__(_) do
    quote do
      defmacro where(x), do: quote(do: {unquote(x), unquote(__CALLER__.module), unquote(__CALLER__.line)})
      defoverridable where: 1
      def plain(x), do: x
      defoverridable plain: 1
    end
  end
end
defmodule B do
  use A
  defmacro where(x) do
    inner = super(x)
    quote do: {:wrapped, unquote(inner)}
  end
  def plain(x), do: {:p, super(x)}
  def run, do: where(5)
end
IO.inspect B.run()
IO.inspect B.plain(1)
IO.inspect B.__info__(:macros)
try do
  Code.eval_string("""
  defmodule C do
    defmacro foo(x), do: super(x)
  end
  """)
rescue e -> IO.puts Exception.message(e)
end
try do
  Code.eval_string("""
  defmodule D do
    defmacro foo(x), do: x
    defoverridable foo: 1
    defmacro foo(x), do: super(x, 1)
  end
  """)
rescue e -> IO.puts Exception.message(e)
end
try do
  Code.eval_string("""
  defmodule E do
    defmacro foo(x), do: x
    def bar(y), do: y
    defoverridable foo: 1, bar: 1
    def baz(x), do: super(x)
  end
  """)
rescue e -> IO.puts Exception.message(e)
end
