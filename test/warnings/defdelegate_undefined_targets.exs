# defdelegate makes a def calling its target: an undefined target function is reported where
# the delegate is, as Elixir checks the def it expands to (with as:, aliases, Erlang modules)
defmodule Target do
  def hello(x), do: x
  def helo2(x, y), do: {x, y}
end
defmodule Facade do
  alias Target, as: T
  defdelegate hello(x), to: T
  defdelegate hi(x), to: Target, as: :hello
  defdelegate helo(x), to: Target
  defdelegate helo2(x), to: Target
  defdelegate gone(x), to: Missing.Module
  defdelegate [a(x), b(y)], to: Target
  defdelegate reverse(l), to: :lists
  defdelegate revers(l), to: :lists, as: :reverse_it
end
IO.inspect(Facade.hi(1))
