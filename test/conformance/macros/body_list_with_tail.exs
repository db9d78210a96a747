defmodule Mac do
  defmacro tick(label) do
    IO.puts("tick #{inspect(label)}")
    label
  end
end
defmodule B do
  require Mac
  [IO.puts("head") | [Mac.tick(:tail)]]
  list = [1, 2 | [Mac.tick(3)]]
  IO.inspect(list)
end
