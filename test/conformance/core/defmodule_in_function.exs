# defmodule inside a function body, a fn or a loop: the module is defined each time the code
# runs (redefined on later runs), with the variables there readable in its body.
defmodule Outer do
  def define(x) do
    r =
      defmodule Inner do
        @x x
        def x, do: @x
        def name, do: __MODULE__
        IO.puts("compiling #{inspect(__MODULE__)} with x=#{x}")
        {:body, x}
      end
    {elem(r, 0), elem(r, 1), is_binary(elem(r, 2)), elem(r, 3), Inner.x(), Inner.name(), __MODULE__}
  end

  def nested_deeper do
    defmodule Deep.Er do
      def hi, do: :hi
    end
    {Deep.Er.hi(), Outer.Deep.Er.hi()}
  end

  def full_name do
    defmodule Elixir.TopLevelFromFunction do
      def where, do: __MODULE__
    end
    TopLevelFromFunction.where()
  end

  def in_tail_position(v) do
    defmodule Tail do
      @v v
      def v, do: @v
    end
  end

  def failing do
    defmodule Failing do
      def f, do: undefined_here()
    end
  end

  def raising do
    defmodule Raising do
      raise ArgumentError, "raised in the body"
    end
  end
end

IO.inspect(Outer.define(1))
IO.inspect(Outer.define(2))
IO.inspect(Outer.Inner.x())
IO.inspect(Outer.nested_deeper())
IO.inspect(Outer.full_name())
{:module, name, _, value} = Outer.in_tail_position(:v)
IO.inspect({name, value, Outer.Tail.v()})

# in an anonymous function at the top level (no enclosing module: no nesting)
make = fn n ->
  defmodule Made do
    @n n
    def n, do: @n
  end
  Made.n()
end
IO.inspect(Enum.map([1, 2], make))

# variables of the top level are readable in a module body
base = 10
defmodule UsesBase do
  @base base
  def base, do: @base
  def times(k), do: k * unquote(base)
end
IO.inspect({UsesBase.base(), UsesBase.times(3)})

for i <- 1..2 do
  defmodule Looped do
    def i, do: unquote(i)
  end
  IO.inspect(Looped.i())
end

try do
  Outer.failing()
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  Outer.raising()
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end
