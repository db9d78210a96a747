defmodule Shape do
  @callback area(term) :: number
  @callback name() :: String.t()
  @callback sides() :: integer

  defmacro __using__(_) do
    quote do
      @behaviour Shape
      def name, do: "shape"
      defoverridable name: 0
    end
  end
end

defmodule Worker do
  defmacro __using__(_) do
    quote do
      use GenServer
      def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
    end
  end
end

defmodule Square do
  use Shape
  @impl true
  def area(s), do: s * s
  def sides, do: 4
  @impl true
  def perimeter(s), do: 4 * s
end

defmodule Named do
  use Shape
  @impl Shape
  def area(s), do: s
  @impl Shape
  def sides, do: 0
  @impl GenServer
  def init(x), do: {:ok, x}
end

defmodule Counter do
  use Worker
  @impl true
  def init(n), do: {:ok, n}
  @impl true
  def handle_call(:get, _from, n), do: {:reply, n, n}
  @impl true
  def handle_continue(:nothing, n), do: {:noreply, n}
  @impl false
  def handle_cast(:reset, _n), do: {:noreply, 0}
  def helper, do: :ok
end

{:ok, pid} = Counter.start_link(3)
IO.inspect(GenServer.call(pid, :get))
IO.inspect({Square.area(2), Square.name(), Named.sides()})
