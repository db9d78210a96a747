# A macro of the program's own runs once per use at compile time, as in elixir, also where it
# calls a built-in the browser build fetches on its first call (Base).
defmodule Noisy do
  defmacro encoded(s) do
    IO.puts("the macro runs at compile time")
    Base.encode16(s)
  end
end

defmodule UsesNoisy do
  require Noisy
  IO.puts("UsesNoisy's body runs")
  def hex, do: Noisy.encoded("hi")
end

IO.puts(UsesNoisy.hex())
