# a module body that fails while it is expanded never reaches the end where its own unused
# variables are told: elixir prints no warning of them
defmodule M do
  a = 1
  def f, do: :ok
  b = undefined_thing()
end
