# The first call of a BIF the page loads on first use, made last in a function: a built-in called
# by name keeps its caller's frame as on the BEAM, also when the call had to wait for its code.
defmodule T do
  def lookup(t), do: :ets.lookup(t, 1)
end

try do
  T.lookup(:no_such_table)
rescue
  e ->
    IO.puts(Exception.message(e))
    for {m, f, a, _} <- Enum.take(__STACKTRACE__, 2), do: IO.inspect({m, f, if(is_list(a), do: length(a), else: a)})
end
