# Registry as a supervisor child, with workers named through it, restarted by the supervisor
defmodule Room do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: via(name))
  def via(name), do: {:via, Registry, {Rooms, name, :room}}
  def join(name, who), do: GenServer.call(via(name), {:join, who})
  def init(name), do: {:ok, {name, []}}
  def handle_call({:join, who}, _from, {name, people}), do: {:reply, [who | people], {name, [who | people]}}
end

defmodule Main do
  def run do
    children = [
      {Registry, keys: :unique, name: Rooms},
      Supervisor.child_spec({Room, "lobby"}, id: :lobby),
      Supervisor.child_spec({Room, "cellar"}, id: :cellar)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    IO.inspect(Room.join("lobby", "ann"))
    IO.inspect(Room.join("lobby", "bob"))
    IO.inspect(Room.join("cellar", "cy"))
    [{pid, :room}] = Registry.lookup(Rooms, "lobby")
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Process.sleep(100)
    [{new_pid, :room}] = Registry.lookup(Rooms, "lobby")
    IO.inspect(new_pid != pid)
    IO.inspect(Room.join("lobby", "di"))
    IO.inspect(Registry.count(Rooms))
    IO.inspect(Supervisor.count_children(sup))
  end
end

Main.run()
