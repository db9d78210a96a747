# An invalid ~r literal in a fn of a def: the frame under the expansion names the def.
defmodule RegexInDef do
  def f do
    Enum.map([1], fn _ -> ~r/a(/ end)
  end
end
