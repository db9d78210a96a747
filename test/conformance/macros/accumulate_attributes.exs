# Module.register_attribute(accumulate: true), Module.put_attribute/get_attribute at compile time
defmodule Registry2 do
  defmacro register(name) do
    quote do
      @registered unquote(name)
    end
  end

  defmacro __using__(_opts) do
    quote do
      import Registry2, only: [register: 1]
      Module.register_attribute(__MODULE__, :registered, accumulate: true)
      @before_compile Registry2
    end
  end

  defmacro __before_compile__(env) do
    names = Module.get_attribute(env.module, :registered)
    quote do
      def registered, do: unquote(Enum.reverse(names))
      def count, do: unquote(length(names))
    end
  end
end

defmodule Plugins do
  use Registry2
  register(:auth)
  register(:cache)
  register(:log)
end

defmodule Tags do
  Module.register_attribute(__MODULE__, :tag, accumulate: true)
  @tag :a
  @tag :b
  Module.put_attribute(__MODULE__, :tag, :c)
  def tags, do: @tag
  Module.put_attribute(__MODULE__, :single, 42)
  def single, do: @single
  IO.inspect(Module.get_attribute(__MODULE__, :single))
  IO.inspect(Module.has_attribute?(__MODULE__, :tag))
  IO.inspect(Module.open?(__MODULE__))
end

IO.inspect(Plugins.registered())
IO.inspect(Plugins.count())
IO.inspect(Tags.tags())
IO.inspect(Tags.single())
