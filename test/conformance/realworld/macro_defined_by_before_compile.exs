defmodule Gen do
  defmacro __before_compile__(_env) do
    quote do
      defmacrop helper, do: 1
    end
  end
end
defmodule M do
  @before_compile Gen
  def f, do: helper()
end
