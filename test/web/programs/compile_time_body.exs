# A module body runs once, as in elixir, also where it calls a built-in the browser build fetches
# on its first call (:re, for a literal regex and Regex.scan): the compilation waits for it before
# the body runs rather than starting again after the body printed.
defmodule BodyOnce do
  IO.puts("BodyOnce's body runs")
  @digits Regex.scan(~r/\d/, "a1b2c3") |> List.flatten()
  def digits, do: @digits
end

IO.inspect(BodyOnce.digits())
