defmodule Plugin do
  @callback run(term) :: term
  @callback describe() :: String.t()
  @macrocallback expand(term) :: Macro.t()
  @callback optional_cb() :: :ok
  @optional_callbacks optional_cb: 0

  defmacro __using__(opts) do
    quote do
      @behaviour Plugin
      @before_compile Plugin
      def describe, do: unquote(Keyword.get(opts, :name, "plugin"))
      defoverridable describe: 0
    end
  end

  defmacro __before_compile__(_env) do
    quote do
      def __plugin__, do: true
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

defmodule Complete do
  use Plugin, name: "complete"
  def run(x), do: x
  defmacro expand(x), do: x
end

defmodule MissingRun do
  use Plugin
end

defmodule MacroAsDef do
  use Plugin
  def run(x), do: x
  def expand(x), do: x
end

defmodule GoodWorker do
  use Worker
  @impl true
  def init(s), do: {:ok, s}
  @impl true
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule LazyWorker do
  use Worker
end

{:ok, pid} = GoodWorker.start_link(7)
IO.inspect GenServer.call(pid, :get)
IO.inspect Complete.describe()
IO.inspect MissingRun.__plugin__()
IO.inspect MacroAsDef.run(1)
{:ok, lazy} = LazyWorker.start_link(:state)
IO.inspect :sys.get_state(lazy)
