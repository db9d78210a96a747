# @before_compile runs the module's __before_compile__/1 macro at the end of the body
defmodule Defaults do
  defmacro __before_compile__(env) do
    quote do
      def fallback(_), do: {:fallback, unquote(env.module)}
      def compiled_in, do: unquote(inspect(env.module))
    end
  end
end

defmodule Handler do
  @before_compile Defaults
  def fallback(:known), do: :handled
end

IO.inspect(Handler.fallback(:known))
IO.inspect(Handler.fallback(:other))
IO.inspect(Handler.compiled_in())
