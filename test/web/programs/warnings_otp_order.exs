# the compiler's "will fail" warnings come with the others in line order: a module's when it is
# defined, the top level's before it runs
defmodule WarnedModule do
  def a(x), do: 1
  def b, do: 1 / 0
  def c(y), do: :erlang.binary_to_atom(123, :utf8)
end

unused = 1
IO.puts("ran")
never = fn -> 1 / 0 end
IO.puts(is_function(never))
