# Code.eval_string of a module whose body prints and calls a built-in the browser build fetches on
# its first call (Base): the body runs once, as in elixir.
{value, _} =
  Code.eval_string("""
  defmodule Evaluated do
    IO.puts("Evaluated's body runs")
    @encoded Base.encode64("beamlet")
    def encoded, do: @encoded
  end
  Evaluated.encoded()
  """)

IO.inspect(value)
