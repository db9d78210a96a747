# `use Behaviour` (deprecated in 1.14; it warns as the module body runs): defcallback and
# defmacrocallback imported, __behaviour__(:callbacks) from behaviour_info/1 and
# __behaviour__(:docs) from the docs chunk (which a script's module has not: a MatchError).
defmodule Store do
  use Behaviour
  defcallback get(key :: term) :: term
  defcallback put(key :: term, value :: term) :: :ok
  defmacrocallback fetch(key :: term) :: Macro.t()
end

IO.inspect(Store.__behaviour__(:callbacks) |> Enum.sort())
IO.inspect(Store.behaviour_info(:callbacks) |> Enum.sort())
IO.inspect(Store.__info__(:functions))
IO.inspect(Store.__info__(:macros))

try do
  Store.__behaviour__(:docs)
rescue
  e -> IO.inspect(e)
end

try do
  Store.__behaviour__(:other)
rescue
  e -> IO.inspect(e.__struct__)
end
