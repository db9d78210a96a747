defmodule Mac do
  defmacro tick(label) do
    IO.puts("tick #{label}")
    quote do: unquote(label)
  end
end
defmodule B do
  require Mac
  def f(x) when x > Mac.tick(1), do: Mac.tick(:f)
  @doc Mac.tick("doc")
  def g, do: 1
  IO.puts(Mac.tick(:arg))
  Enum.each([1], fn _ -> Mac.tick(:fn) end)
  try do
    Mac.tick(:try)
  rescue
    _ -> Mac.tick(:rescue)
  end
  Mac.tick(:last)
end
