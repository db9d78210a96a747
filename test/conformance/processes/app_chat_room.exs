defmodule Room do
  use GenServer
  def start_link, do: GenServer.start_link(__MODULE__, [], name: :room)
  def join(name), do: GenServer.call(:room, {:join, name, self()})
  def say(name, text), do: GenServer.cast(:room, {:say, name, text})
  def init(_), do: {:ok, %{members: %{}, history: []}}
  def handle_call({:join, name, pid}, _f, s) do
    broadcast(s, {:joined, name})
    {:reply, Enum.reverse(s.history), %{s | members: Map.put(s.members, name, pid)}}
  end
  def handle_cast({:say, name, text}, s) do
    broadcast(s, {:msg, name, text})
    {:noreply, %{s | history: [{name, text} | s.history]}}
  end
  defp broadcast(s, msg), do: Enum.each(s.members, fn {_, pid} -> send(pid, msg) end)
end

defmodule Main do
  def inbox(acc) do
    receive do
      m -> inbox([m | acc])
    after
      50 -> Enum.reverse(acc)
    end
  end

  def run do
    Room.start_link()
    parent = self()
    IO.inspect(Room.join("main"))
    Room.say("main", "hello?")
    :sys.get_state(:room)
    bob = spawn(fn ->
      history = Room.join("bob")
      send(parent, {:bob_history, history})
      receive do: (:talk -> Room.say("bob", "hi main"))
      Process.sleep(100)
    end)
    receive do: ({:bob_history, h} -> IO.inspect(h, label: "bob sees history"))
    send(bob, :talk)
    Process.sleep(50)
    :sys.get_state(:room)
    IO.inspect(inbox([]), label: "main inbox")
  end
end

Main.run()
