# An uncaught error's trace ends, as elixir prints it, in Code.require_file/2: Elixir's compiler
# frames under the script are left out, and so is the command line below it.
defmodule Shout do
  def loud(x), do: String.upcase(x) <> "!"
end

IO.puts(Shout.loud("hi"))
IO.warn("about to fail")
Shout.loud(1)
IO.puts(:unreached)
