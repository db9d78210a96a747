# A function named like an alias is refused by Elixir's tokenizer (a SyntaxError with its own
# explanation), before anything is compiled: nothing is printed
IO.puts("never printed")

defmodule M do
  def MixedCase(x), do: x
end
