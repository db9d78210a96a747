# an undefined ^pin in a case clause inside a def: the expander's frames down to the case's
# clauses, not the module body's
defmodule M do
  def f(x) do
    case x do
      ^y -> :ok
    end
  end
end
