# a macro may call its module's functions while expanding, and quote calls to them
defmodule Helpers do
  def double(x), do: x * 2
  def label(x), do: "value: #{x}"

  defmacro double_at_compile(x) when is_integer(x), do: double(x)
  defmacro double_at_runtime(x), do: quote(do: Helpers.double(unquote(x)))
  defmacro labelled(x), do: quote(do: unquote(__MODULE__).label(unquote(x)))
end

defmodule User do
  require Helpers
  def run(y) do
    {Helpers.double_at_compile(21), Helpers.double_at_runtime(y), Helpers.labelled(y)}
  end
end

IO.inspect(User.run(5))
