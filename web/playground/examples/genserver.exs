# A GenServer: a stack with synchronous calls and asynchronous casts.
defmodule Stack do
  use GenServer

  def start_link(items), do: GenServer.start_link(__MODULE__, items, name: __MODULE__)
  def push(item), do: GenServer.cast(__MODULE__, {:push, item})
  def pop, do: GenServer.call(__MODULE__, :pop)

  @impl true
  def init(items), do: {:ok, items}

  @impl true
  def handle_call(:pop, _from, [head | tail]), do: {:reply, head, tail}
  def handle_call(:pop, _from, []), do: {:reply, nil, []}

  @impl true
  def handle_cast({:push, item}, items), do: {:noreply, [item | items]}
end

{:ok, _pid} = Stack.start_link([:a])
Stack.push(:b)
Stack.push(:c)
IO.inspect(Stack.pop(), label: "pop")
IO.inspect(Stack.pop(), label: "pop")
IO.inspect(:sys.get_state(Stack), label: "state")
# Stack is still running: try Stack.push(:x) and Stack.pop() in the REPL
