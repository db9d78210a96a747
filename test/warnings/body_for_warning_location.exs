# A warning in a `for` of a module's body names the module (the body's code), not a function
defmodule Gen do
  for n <- [:a, :b] do
    def unquote(n)(), do: unquote(value)
  end
end
