# an unused private type is found as the typespecs are translated: after the behaviour checks
defmodule B do
  @callback x() :: any
end

defmodule A do
  @behaviour B
  @typep t :: integer
  @impl true
  def y, do: 1
  defp u, do: 1
end
