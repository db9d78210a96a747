# an error while a definition expands stops the module there: only the warnings of the
# definitions before it are printed
defmodule StopsAtError do
  def a(x) do
    y = 1
    x
  end
  def b(x) do
    _ = "literal"
    z = 2
    x <> 1
  end
  def c(w), do: 1
end
