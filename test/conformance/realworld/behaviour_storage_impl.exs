defmodule Storage do
  @callback put(key :: term, value :: term) :: :ok
  @callback get(key :: term) :: {:ok, term} | :error
  @callback size() :: non_neg_integer
  @optional_callbacks size: 0
  @macrocallback wrap(term) :: Macro.t()
end

defmodule MemStore do
  @behaviour Storage

  @impl true
  def put(_k, _v), do: :ok

  @impl Storage
  def get(_k), do: :error

  @impl true
  def extra, do: :nope

  def size, do: 0
end

defmodule HalfStore do
  @behaviour Storage
  def put(_, _), do: :ok
end

defmodule NoBehaviour do
  @impl true
  def foo, do: 1
end

defmodule Delegating do
  defdelegate fetch(map, key), to: Map
  defdelegate upcase(s), to: String, as: :upcase
  defoverridable fetch: 2
  def fetch(map, key), do: {:wrapped, super(map, key)}
end

IO.inspect(Delegating.fetch(%{a: 1}, :a))
IO.inspect(Delegating.upcase("x"))
IO.inspect(Storage.behaviour_info(:callbacks) |> Enum.sort())
IO.inspect(Storage.behaviour_info(:optional_callbacks))
IO.inspect(MemStore.module_info(:attributes) |> Keyword.get_values(:behaviour))
