# @before_compile and @after_compile hooks are dispatched as Elixir's require does: a function is
# called (its value ignored), a macro is expanded and its code evaluated; the module is still open
# while @after_compile runs
defmodule Hooks do
  def __before_compile__(env) do
    IO.inspect {:before_fn, env.module, Module.get_attribute(env.module, :x)}
    quote do: def(ignored, do: 1)
  end

  defmacro __after_compile__(env, _bin) do
    IO.inspect {:after_macro, env.module}
    quote do
      IO.puts "evaluated after compile"
      IO.inspect Module.open?(__MODULE__)
      def late, do: 1
    end
  end

  def custom(env, bin) do
    IO.inspect {:custom, env.module, byte_size(bin) > 0}
    IO.inspect Module.open?(env.module)
    IO.inspect Module.get_attribute(env.module, :x)
    IO.inspect Module.definitions_in(env.module) |> Enum.sort()
    IO.inspect Module.defines?(env.module, {:f, 0})
  end
end

defmodule A do
  @x 1
  @before_compile Hooks
  @after_compile Hooks
  @after_compile {Hooks, :custom}
  def f, do: @x
end

IO.inspect A.__info__(:functions)
