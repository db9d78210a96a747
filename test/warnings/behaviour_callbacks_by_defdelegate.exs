# Callbacks defined with defdelegate count as implemented (with the @impl before them, or
# reported without one when the module uses @impl), as the def Elixir expands them to.
defmodule Impl do
  def init(x), do: {:ok, x}
  def handle_call(_, _, s), do: {:reply, s, s}
  def handle_cast(_, s), do: {:noreply, s}
end

defmodule OnlyDelegates do
  @behaviour GenServer
  defdelegate init(x), to: Impl
end

defmodule MixedImpl do
  @behaviour GenServer
  @impl true
  defdelegate init(x), to: Impl
  @impl true
  def handle_call(a, b, c), do: Impl.handle_call(a, b, c)
  defdelegate handle_cast(msg, s), to: Impl
end

defmodule WrongImpl do
  @behaviour GenServer
  @impl true
  defdelegate init(x), to: Impl
  @impl GenServer
  defdelegate handle_call(a, b, c), to: Impl
  @impl true
  defdelegate init_twice(x), to: Impl, as: :init
end

defmodule UsedGenServer do
  use GenServer
  defdelegate init(x), to: Impl
end

IO.inspect(GenServer.start(OnlyDelegates, 1) |> elem(0))
