defmodule Agent do
  # `use Agent, opts` (Elixir 1.14's Agent.__using__)
  defmacro __using__(opts) do
    quote location: :keep do
      @doc """
      Returns a specification to start this module under a supervisor.

      See `Supervisor`.
      """
      def child_spec(arg) do
        default = %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}
        Supervisor.child_spec(default, unquote(Macro.escape(opts)))
      end

      defoverridable child_spec: 1
    end
  end

  @moduledoc """
  A process that holds a state for other processes to read and change through functions: the
  simplest way to share a value. Each call runs its function inside the agent, one at a time.

      iex> {:ok, agent} = Agent.start_link(fn -> %{} end)
      iex> Agent.update(agent, &Map.put(&1, :hits, 1))
      :ok
      iex> Agent.get(agent, & &1.hits)
      1
  """
  # Elixir's Agent: a GenServer whose callback module is Agent.Server.

  def child_spec(arg) do
    %{id: Agent, start: {Agent, :start_link, [arg]}}
  end

  @doc """
  Starts an agent, linked to the caller, whose initial state is what `fun` returns. Accepts
  `:name` to register it.
  """
  @spec start_link((() -> term()), GenServer.options()) :: on_start()
  @beamlet_def_line 270
  def start_link(fun, options \\ []) when is_function(fun, 0) do
    GenServer.start_link(Agent.Server, fun, options)
  end

  def start_link(module, fun, args, options \\ []) do
    GenServer.start_link(Agent.Server, {module, fun, args}, options)
  end

  @doc """
  Starts an agent whose initial state is `fun.()`, not linked to the caller.
  """
  @spec start((() -> term()), GenServer.options()) :: on_start()
  def start(fun, options \\ []) when is_function(fun, 0) do
    GenServer.start(Agent.Server, fun, options)
  end

  def start(module, fun, args, options \\ []) do
    GenServer.start(Agent.Server, {module, fun, args}, options)
  end

  @doc """
  Calls `fun` with the agent's state and returns its result, leaving the state unchanged.

  ## Examples

      iex> {:ok, pid} = Agent.start_link(fn -> 10 end)
      iex> Agent.get(pid, fn n -> n * 2 end)
      20
  """
  @spec get(agent(), (state() -> a), timeout()) :: a when a: var
  def get(agent, fun, timeout \\ 5000) when is_function(fun, 1) do
    GenServer.call(agent, {:get, fun}, timeout)
  end

  def get(agent, module, fun, args, timeout \\ 5000) do
    GenServer.call(agent, {:get, {module, fun, args}}, timeout)
  end

  @doc """
  Calls `fun` with the state; `fun` returns `{value_to_return, new_state}`.

  ## Examples

      iex> {:ok, pid} = Agent.start_link(fn -> 1 end)
      iex> Agent.get_and_update(pid, fn n -> {n, n + 1} end)
      1
      iex> Agent.get(pid, & &1)
      2
  """
  @spec get_and_update(agent(), (state() -> {a, state()}), timeout()) :: a when a: var
  def get_and_update(agent, fun, timeout \\ 5000) when is_function(fun, 1) do
    GenServer.call(agent, {:get_and_update, fun}, timeout)
  end

  def get_and_update(agent, module, fun, args, timeout \\ 5000) do
    GenServer.call(agent, {:get_and_update, {module, fun, args}}, timeout)
  end

  @doc """
  Replaces the agent's state with `fun.(state)` and returns `:ok` once done.

  ## Examples

      iex> {:ok, pid} = Agent.start_link(fn -> [] end)
      iex> Agent.update(pid, fn list -> [:a | list] end)
      :ok
      iex> Agent.get(pid, & &1)
      [:a]
  """
  @spec update(agent(), (state() -> state()), timeout()) :: :ok
  def update(agent, fun, timeout \\ 5000) when is_function(fun, 1) do
    GenServer.call(agent, {:update, fun}, timeout)
  end

  def update(agent, module, fun, args, timeout \\ 5000) do
    GenServer.call(agent, {:update, {module, fun, args}}, timeout)
  end

  @doc """
  Updates the agent's state with `fun` without waiting; returns `:ok` at once.
  """
  @spec cast(agent(), (state() -> state())) :: :ok
  def cast(agent, fun) when is_function(fun, 1) do
    GenServer.cast(agent, {:cast, fun})
  end

  def cast(agent, module, fun, args) do
    GenServer.cast(agent, {:cast, {module, fun, args}})
  end

  @doc """
  Stops the agent with `reason`, waiting up to `timeout` for it to terminate.
  """
  @spec stop(agent(), reason :: term(), timeout()) :: :ok
  def stop(agent, reason \\ :normal, timeout \\ :infinity) do
    GenServer.stop(agent, reason, timeout)
  end
end
