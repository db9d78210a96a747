defmodule Room do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: via(name))
  def via(name), do: {:via, Registry, {Rooms.Registry, name}}
  def join(room, user), do: GenServer.call(via(room), {:join, user})
  def say(room, user, text), do: GenServer.cast(via(room), {:say, user, text})
  def history(room), do: GenServer.call(via(room), :history)

  @impl true
  def init(name), do: {:ok, %{name: name, users: MapSet.new(), log: []}}

  @impl true
  def handle_call({:join, user}, _from, s) do
    if MapSet.member?(s.users, user), do: {:reply, {:error, :already_joined}, s}, else: {:reply, :ok, %{s | users: MapSet.put(s.users, user)}}
  end
  def handle_call(:history, _from, s), do: {:reply, Enum.reverse(s.log), s}

  @impl true
  def handle_cast({:say, user, text}, s) do
    Registry.dispatch(Rooms.PubSub, s.name, fn entries ->
      for {pid, tag} <- entries, do: send(pid, {:msg, tag, s.name, user, text})
    end)
    {:noreply, %{s | log: [{user, text} | s.log]}}
  end
end

defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Rooms.Registry)
    {:ok, _} = Registry.start_link(keys: :duplicate, name: Rooms.PubSub)
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
    for r <- ~w(lobby dev) do
      {:ok, _} = DynamicSupervisor.start_child(sup, {Room, r})
    end
    IO.inspect(DynamicSupervisor.start_child(sup, {Room, "lobby"}) |> elem(0))
    IO.inspect(DynamicSupervisor.count_children(sup))
    IO.inspect(Room.join("lobby", "ann"))
    IO.inspect(Room.join("lobby", "ann"))
    {:ok, _} = Registry.register(Rooms.PubSub, "lobby", :me)
    {:ok, _} = Registry.register(Rooms.PubSub, "lobby", :me_again)
    Room.say("lobby", "ann", "hi all")
    Room.say("dev", "bob", "nobody listens")
    for _ <- 1..2 do
      receive do
        msg -> IO.inspect(msg)
      after
        500 -> IO.puts("timeout")
      end
    end
    IO.inspect(Room.history("lobby"))
    IO.inspect(Room.history("dev"))
    IO.inspect(Registry.lookup(Rooms.Registry, "dev") |> length())
    IO.inspect(Registry.keys(Rooms.PubSub, self()))
    IO.inspect(Registry.count(Rooms.Registry))
    IO.inspect(Registry.select(Rooms.Registry, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort())
    IO.inspect(Registry.lookup(Rooms.PubSub, "lobby") |> Enum.map(&elem(&1, 1)) |> Enum.sort())
    :ok = Registry.unregister(Rooms.PubSub, "lobby")
    IO.inspect(Registry.lookup(Rooms.PubSub, "lobby"))
    [{pid, _}] = Registry.lookup(Rooms.Registry, "dev")
    ref = Process.monitor(pid)
    DynamicSupervisor.terminate_child(sup, pid)
    receive do
      {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "dev down")
    end
    Process.sleep(10)
    IO.inspect(Registry.lookup(Rooms.Registry, "dev"))
    try do
      Room.history("dev")
    catch
      :exit, {reason, _} -> IO.inspect(reason, label: "call to gone room")
    end
    IO.inspect(GenServer.whereis(Room.via("lobby")) |> is_pid())
    IO.inspect(Registry.meta(Rooms.Registry, :nothing))
    :ok = Registry.put_meta(Rooms.Registry, :owner, "main")
    IO.inspect(Registry.meta(Rooms.Registry, :owner))
    {:ok, _} = Registry.register(Rooms.Registry, "mine", 1)
    IO.inspect(Registry.update_value(Rooms.Registry, "mine", &(&1 + 41)))
    IO.inspect(Registry.register(Rooms.Registry, "mine", 2))
    IO.inspect(Registry.values(Rooms.Registry, "mine", self()))
  end
end

Main.run()
