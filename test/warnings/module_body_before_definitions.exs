# Elixir expands a module body whole before it runs it: the body's own warnings (a discouraged
# call, its unused variables, those of scopes inside it) come before every definition's, which
# are expanded as the body stores them
defmodule Body do
  def f(q), do: q_unused = 1
  @a Application.get_env(:body, :a, 1)
  x = 1
  def g(r), do: @a

  if true do
    k = 5
  end

  def h(s) do
    t = s
  end
end
