# A float is no type: Elixir's typespec translation fails on it (types first, then specs)
defmodule T do
  @spec f(0.0) :: :ok
  def f(_), do: :ok
  @type u :: [1.0e10]
  @type v :: -1.5
end
