# defmacro returning quoted code; require; the expansion runs in the caller
defmodule Mac do
  defmacro double(x) do
    quote do: unquote(x) * 2
  end

  defmacro square(x) do
    quote do
      v = unquote(x)
      v * v
    end
  end

  defmacro constant, do: 42
  defmacro tuple_of(a, b), do: {a, b}
  defmacro list_of(a, b, c), do: [a, b, c]
end

defmodule User do
  require Mac
  def run do
    IO.inspect(Mac.double(21))
    IO.inspect(Mac.square(1 + 2))
    IO.inspect(Mac.constant())
    IO.inspect(Mac.tuple_of(1, :b))
    IO.inspect(Mac.list_of(1, "two", 3.0))
    IO.inspect(Mac.double(Mac.double(5)))
  end
end

User.run()
IO.inspect(Mac.__info__(:macros))
IO.inspect(macro_exported?(Mac, :double, 1))
IO.inspect(macro_exported?(Mac, :double, 2))
IO.inspect(function_exported?(Mac, :double, 1))
