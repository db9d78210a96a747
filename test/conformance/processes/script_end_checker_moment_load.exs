# A script that defines a module ends after Elixir's parallel checker has verified it: a process
# spawned last that loads a module to print (String.Chars.Integer) gets its line out first.
defmodule Checked do
  def value, do: 1
end

spawn(fn -> IO.puts(Checked.value()) end)
