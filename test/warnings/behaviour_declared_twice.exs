# A callback that a later @behaviour requires again: the same behaviour declared twice (also
# through `use GenServer`), or two behaviours sharing a callback (a function and a macro of the
# same name and arity too); each is warned in the order behaviour_info(:callbacks) lists them,
# among the @behaviour checks in declaration order
defmodule Plugin do
  @callback zeta() :: term
  @callback alpha() :: term
  @macrocallback mac(term) :: Macro.t()
  @callback beta(term) :: term
end

defmodule Hook do
  @callback alpha() :: term
  @callback mac(term) :: term
  @callback hook() :: term
end

defmodule Twice do
  @behaviour Plugin
  @behaviour Missing.Behaviour
  @behaviour Hook
  @behaviour Plugin
  def zeta, do: 1
  def alpha, do: 1
  defmacro mac(x), do: x
  def beta(x), do: x
  def hook, do: 1
end

# a shared callback left out is reported once, for the behaviour declared last
defmodule Partial do
  @behaviour Hook
  @behaviour Plugin
  def zeta, do: 1
  def beta(x), do: x
  def hook, do: 1
end

defmodule Server do
  use GenServer
  @behaviour GenServer
  @impl true
  def init(state), do: {:ok, state}
end

IO.puts(Twice.zeta())
