defmodule A do defstruct [:x] end
defmodule B do
 def f(v), do: %A{v | y: 2}
 def g(%A{y: 1}), do: 1
end
