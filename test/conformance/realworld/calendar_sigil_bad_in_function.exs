# A calendar sigil whose text does not parse raises its ArgumentError while it expands, inside a
# module's function as at the top level: Code.eval_string returns the exception itself, and
# compiling the file stops with it
for code <- [
      "defmodule Shift1 do\n  def start, do: ~T[25:00:00]\nend",
      "defmodule Shift2 do\n  def on(~D[2024-02-30] = d), do: d\nend",
      "defmodule Shift3 do\n  def at, do: ~U[2024-01-01 09:00:00+01:00]\nend",
      "defmodule Shift4 do\n  def at, do: ~N[2024-01-01]\nend",
      "~U[2024-01-01 09:00:00]"
    ] do
  try do
    Code.eval_string(code)
  rescue
    e -> IO.inspect(e)
  end
end

defmodule Schedule do
  def opening, do: ~T[09:00:00]
  def closing, do: ~T[18:00]
end

IO.inspect(Schedule.opening())
