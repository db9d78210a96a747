# deep inside a map, a keyword list and a function type: Elixir's frames follow the path
defmodule Settings do
  @type opt :: {:name, String.t()} | {:size, pos_integer}
  @type t :: %{required(:opts) => [opt], optional(atom) => [mode: :a | :b, level: 1..5], on_change: (t, opt -> reply)}
end
IO.puts(:not_reached)
