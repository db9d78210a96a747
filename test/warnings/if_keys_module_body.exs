defmodule Flags do
  debug = System.get_env("NOPE_DEBUG")
  if debug, else: IO.puts("no debug"), do: IO.puts("debug")
end
