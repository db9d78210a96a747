# an error raised by a module body: its trace is the body's (Elixir runs it as :elixir_compiler_N.__MODULE__/1)
IO.puts("top level first")

defmodule F do
  x = 1
  IO.inspect(x + 1)
  raise "in body"
end
