# A failing operator heads the stack trace with its arguments
defmodule Calc do
  def add(a, b), do: a + b
  def twice(a, b), do: [add(a, b), add(b, a)]
end

defmodule Main do
  def run(x), do: {:sum, Calc.twice(1, x)}
end

Main.run(String.to_atom("a"))
