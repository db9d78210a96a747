# A call of the module's own send/2 and max/2 is dispatched to Kernel's imports: Elixir refuses
# the module once it is expanded, after its warnings, naming the greatest conflicting
# function (send/2) at its definition
defmodule Conflicts do
  def run, do: send(self(), :hi) + max(1, 2)
  def max(a, _b), do: a
  def send(to, message), do: {to, message}
  defp helper(x), do: x
  def unused_arg(y), do: 1
end

IO.puts("never printed")
