# a @type's parameters are its variables; any other bare name is a type of arity 0
defmodule Tree do
  @type t(a) :: nil | {t(a), a, t(a)}
  @type forest(a) :: [t(a)] | %{optional(key) => t(a)}
end
IO.puts(:not_reached)
