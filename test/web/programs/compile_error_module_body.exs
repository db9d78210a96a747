# A compile error in a module's function: elixir FILE.exs shows no frame, a blank line
defmodule M do
  def f, do: undefined_fun()
end

IO.puts("never printed")
