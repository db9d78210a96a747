# Elixir expands a module's whole body before it runs any of it: each `use` calls its
# __using__/1 then, in order, and so do the program's own macros called in the body; the code
# they give runs later, in its place (beamlet ran __using__ as the body reached the `use`, after
# the body's code before it, and with the attributes set so far).
defmodule Lib do
  defmacro __using__(opts) do
    IO.puts("using Lib #{inspect(opts)}")
    IO.inspect(Module.get_attribute(__CALLER__.module, :pre), label: "@pre at __using__")
    Module.register_attribute(__CALLER__.module, :items, accumulate: true)
    quote do
      import Lib
      IO.puts("code from use #{unquote(opts[:v])} runs")
      def unquote(:"from_#{opts[:v]}")(), do: unquote(opts[:v])
    end
  end

  defmacro item(x) do
    IO.puts("expanding item(#{inspect(x)})")
    quote do
      @items unquote(x)
      IO.puts("item #{unquote(x)} stored")
    end
  end
end

defmodule User do
  IO.puts("body start")
  @pre 1
  use Lib, v: 1
  IO.puts("after first use")
  @pre 2
  item(:a)
  use Lib, v: 2
  item(:b)
  IO.inspect(@items, label: "items")
  def items, do: @items
end

IO.inspect({User.from_1(), User.from_2(), User.items()})
