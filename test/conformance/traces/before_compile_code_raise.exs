# uncaught: a raise in the code a @before_compile macro gave, as Elixir prints its frames
defmodule Helper do
  def boom(x), do: raise(ArgumentError, "helper #{x}")
end

defmodule Hooks do
  defmacro __before_compile__(_env) do
    quote do
      @v Helper.boom(1)
      def v, do: @v
    end
  end
end

defmodule Uses do
  @before_compile Hooks
  def y, do: 1
end
