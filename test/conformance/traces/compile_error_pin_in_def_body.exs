# An undefined ^var in a def's body: the CompileError's trace is the module body's frame at the
# def's line (Elixir expands the body as it stores the clause), not at the error's line
defmodule P do
  def f(v) do
    ^y = v
  end
end
