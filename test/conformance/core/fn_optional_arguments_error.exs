# A default argument (`\\`) in an anonymous function clause is a compile error of its own,
# reported at the fn's line, checked before the clauses' arities (so a mixed-arity fn with a
# default reports the default) and also when a guard follows; a `\\` nested in a pattern
# is only an undefined function call.
sources = [
  "fn x, y \\\\ 2 -> {x, y} end",
  "fn x, y \\\\ 2 when is_integer(x) -> {x, y} end",
  "fn\n  x -> x\n  x, y \\\\ 2 -> {x, y}\nend",
  "fn\n  x -> x\n  x, y -> {x, y}\nend",
  "fn\n  [x \\\\ 1] -> x\nend"
]

for src <- sources do
  try do
    Code.eval_string(src)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

defmodule Later do
  def make, do: fn a \\ 1 -> a end
end
