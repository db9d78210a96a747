# What a read of an attribute Elixir registers gives, before and after it is set.
defmodule Unset do
  def all, do: [@moduledoc, @behaviour, @derive, @compile, @dialyzer, @external_resource, @before_compile,
    @after_compile, @optional_callbacks, @callback, @macrocallback, @spec, @type, @typep, @opaque, @after_verify]
end

defmodule Set do
  @moduledoc "the module's doc"
  @behaviour GenServer
  @behaviour Access
  @compile :inline_list_funcs
  @compile {:inline, f: 0}
  @dialyzer :no_match
  @doc "f's doc"
  def f, do: 1
  IO.inspect @moduledoc, label: "moduledoc"
  IO.inspect @behaviour, label: "behaviour"
  IO.inspect @compile, label: "compile"
  IO.inspect @dialyzer, label: "dialyzer"
  IO.inspect Module.get_attribute(__MODULE__, :behaviour), label: "get behaviour"
  IO.inspect Module.has_attribute?(__MODULE__, :spec), label: "has spec"
  IO.inspect Module.has_attribute?(__MODULE__, :doc), label: "has doc"
  def doc, do: @moduledoc
  def init(x), do: {:ok, x}
  def fetch(_, _), do: :error
  def get_and_update(d, _, _), do: {nil, d}
  def pop(d, _), do: {nil, d}
end

defmodule Derived do
  @derive {Inspect, only: [:a]}
  IO.inspect @derive, label: "derive"
  defstruct [:a, :b]
end

IO.inspect Unset.all()
IO.inspect Set.doc()
IO.inspect struct(Derived, a: 1, b: 2)
