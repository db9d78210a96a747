defmodule Tasklist.Store do
  use GenServer
  alias Tasklist.Todo

  def start_link(opts) do
    GenServer.start_link(__MODULE__, :ok, Keyword.put_new(opts, :name, __MODULE__))
  end

  def add(server \\ __MODULE__, %Todo{} = todo), do: GenServer.call(server, {:add, todo})
  def all(server \\ __MODULE__), do: GenServer.call(server, :all)
  def complete(server \\ __MODULE__, id), do: GenServer.call(server, {:complete, id})
  def subscribe(server \\ __MODULE__), do: GenServer.call(server, {:subscribe, self()})
  def clear(server \\ __MODULE__), do: GenServer.cast(server, :clear)

  @impl true
  def init(:ok), do: {:ok, %{next: 1, todos: %{}, subs: []}}

  @impl true
  def handle_call({:add, todo}, _from, %{next: id} = state) do
    todo = %{todo | id: id}
    notify(state, {:added, todo})
    {:reply, {:ok, todo}, %{state | next: id + 1, todos: Map.put(state.todos, id, todo)}}
  end

  def handle_call(:all, _from, state) do
    {:reply, state.todos |> Map.values() |> Enum.sort_by(& &1.id), state}
  end

  def handle_call({:complete, id}, _from, state) do
    case state.todos do
      %{^id => todo} ->
        todo = Todo.complete(todo)
        notify(state, {:completed, id})
        {:reply, {:ok, todo}, put_in(state.todos[id], todo)}

      _ ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call({:subscribe, pid}, _from, state) do
    {:reply, :ok, update_in(state.subs, &[pid | &1])}
  end

  @impl true
  def handle_cast(:clear, state), do: {:noreply, %{state | todos: %{}}}

  defp notify(%{subs: subs}, event), do: Enum.each(subs, &send(&1, {:tasklist, event}))
end
