# @behaviour and @impl, checked once each module body has run
defmodule Shape do
  @callback area(term) :: number
  @callback name() :: String.t()
  @macrocallback sides(term) :: Macro.t()
  @optional_callbacks name: 0
end
defmodule Square do
  @behaviour Shape
  @behaviour Enum
  @impl Shape
  def area(s), do: s * s
  @impl GenServer
  def other, do: 1
  @impl false
  def name, do: "square"
  @impl Shape
  def perimeter(s), do: 4 * s
end
defmodule Missing do
  @behaviour Nowhere
  def x, do: 1
end
defmodule Annotated do
  @impl true
  def i, do: 3
end
defmodule Sup do
  use Supervisor
  defp unused, do: 1
  def start_link(x), do: x
end
defmodule Server do
  use GenServer
  @impl true
  def handle_cast(_, s), do: {:noreply, s}
  def handle_info(_, s), do: {:noreply, s}
end
defmodule Wrong do
  @behaviour Shape
  def area(_), do: 1
  def sides(_), do: 4
end
defmodule Fine do
  use GenServer
  @impl true
  def init(x), do: {:ok, x}
  @impl GenServer
  def handle_call(:get, _from, s), do: {:reply, s, s}
end
defmodule Oops do
  defexception [:value]
  @impl true
  def message(e), do: "oops #{e.value}"
end
IO.puts(:ok)
