# A compile warning comes once, as in elixir, also when a later function of the module has a
# literal regex, which the browser build compiles with :re's code fetched on first use.
defmodule WarnThenRegex do
  def old(a), do: to_char_list(a)
  def beam?(s), do: s =~ ~r/b(ea)m/
end

IO.inspect(WarnThenRegex.beam?("beamlet"))
