# @file gives the next definition's code another file: Elixir reports the unused variables, the
# variable expanded to a call and the undefined function of its body there (the definition after
# it is the module's own file again)
defmodule M do
  @file "other/place.ex"
  def f(x) do
    y = 1
    z
  end

  def g(a), do: :ok
end
