# A name bound in one argument is no variable in the arguments beside it: Elixir expands it to a
# call of name/0, which is undefined
defmodule Pairs do
  def make(v) do
    {y = v * 2, y}
  end
end

IO.inspect(Pairs.make(1))
