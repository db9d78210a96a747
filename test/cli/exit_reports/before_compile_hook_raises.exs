# a @before_compile macro that raises (in a helper): its frames, then its expansion in the module body
defmodule M do
  defmacro __before_compile__(env) do
    check!(env.module)
    quote do: :ok
  end
  defp check!(mod), do: raise(ArgumentError, "#{inspect(mod)} is not valid")
end
defmodule U do
  @before_compile M
  def f, do: 1
end
