defmodule Journal.Tag do
  @moduledoc """
  A tag, which inspects as `#Tag<name>` through its own Inspect implementation.

      iex> Journal.Tag.new(:work)
      #Tag<work>

      iex> Journal.Tag.new(:a)
      #Tag<b>
  """
  defstruct [:name]

  def new(name) when is_atom(name), do: %__MODULE__{name: name}
end

defimpl Inspect, for: Journal.Tag do
  def inspect(%Journal.Tag{name: name}, _opts), do: "#Tag<#{name}>"
end
