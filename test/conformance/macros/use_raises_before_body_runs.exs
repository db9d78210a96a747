# A __using__/1 that raises stops the module before its body has run any code, as Elixir
# expands the whole body first (beamlet printed the body's output before the use line)
defmodule Lib do
  defmacro __using__(_opts) do
    IO.puts("in __using__")
    raise ArgumentError, "no using here"
  end
end

defmodule User do
  IO.puts("body start")
  use Lib
  IO.puts("body end")
end
