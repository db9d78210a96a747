# a require of a module not loaded, in a use's code in a nested module: the expansions' frames
# stand where Elixir's empty stack trace would
defmodule Helper do
  defmacro __using__(_) do
    quote do
      require Nope.Nope
    end
  end
end
defmodule Outer.Inner do
  use Helper
end
