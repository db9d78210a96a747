# Attributes Elixir registers when a module opens are read without an "undefined" warning; a
# @derive no defstruct takes is warned of (Elixir's text says "warning: " twice); missing
# callbacks of several behaviours are reported in {name, arity} order, not behaviour by behaviour.
defmodule Bz do
  @callback zed() :: any
  @callback alpha(integer) :: any
  @callback alpha() :: any
end

defmodule By do
  @callback middle() :: any
  @callback beta() :: any
end

defmodule Reads do
  @behaviour By
  @behaviour Bz
  def f, do: {@moduledoc, @spec, @type, @callback, @compile, @dialyzer, @external_resource, @after_compile}
  def g, do: {@before_compile, @optional_callbacks, @macrocallback, @typep, @opaque, @after_verify, @derive}
  def h, do: {@doc, @typedoc, @impl, @vsn, @nope}
end

defmodule NeverUsed do
  @derive Inspect
  def f, do: 1
end

defmodule AfterStruct do
  @derive [Inspect]
  defstruct [:a]
  @derive Inspect
end
