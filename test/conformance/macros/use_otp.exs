# use GenServer / Supervisor / Agent / Task / Application are __using__ macros
defmodule Stack do
  use GenServer
  def start_link(list), do: GenServer.start_link(__MODULE__, list, name: :stack)
  def init(list), do: {:ok, list}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_cast({:push, x}, list), do: {:noreply, [x | list]}
end

defmodule Bucket do
  use Agent, restart: :transient
  def start_link(_), do: Agent.start_link(fn -> %{} end)
end

defmodule Job do
  use Task
  def start_link(arg), do: Task.start_link(fn -> arg end)
end

defmodule Sup do
  use Supervisor, id: :my_sup
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end

defmodule App do
  use Application
  def start(_type, _args), do: {:ok, self()}
end

IO.inspect(Stack.child_spec([1]))
IO.inspect(Bucket.child_spec(:x))
IO.inspect(Job.child_spec(:y))
IO.inspect(Sup.child_spec(:z))
IO.inspect(App.stop(:state))
{:ok, _} = Stack.start_link([1, 2])
GenServer.cast(:stack, {:push, 0})
IO.inspect(GenServer.call(:stack, :pop))
IO.inspect(GenServer.call(:stack, :pop))
IO.inspect(Stack.terminate(:normal, []))
IO.inspect(Stack.code_change(1, :s, nil))
