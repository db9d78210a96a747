defmodule Chat.Room do
  use GenServer, restart: :transient

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: via(name))
  def via(name), do: {:via, Registry, {Chat.Registry, name, :room}}
  def post(name, user, text), do: GenServer.call(via(name), {:post, user, text})
  def history(name), do: GenServer.call(via(name), :history)
  def close(name), do: GenServer.stop(via(name), :normal)

  @impl true
  def init(name) do
    {:ok, %{name: name, msgs: []}}
  end

  @impl true
  def handle_call({:post, user, text}, _from, state) do
    Registry.dispatch(Chat.PubSub, state.name, fn entries ->
      for {pid, tag} <- entries, do: send(pid, {:chat, tag, state.name, user, text})
    end)
    {:reply, :ok, %{state | msgs: [{user, text} | state.msgs]}}
  end

  def handle_call(:history, _from, state), do: {:reply, Enum.reverse(state.msgs), state}
end

defmodule Chat do
  def start do
    children = [
      {Registry, keys: :unique, name: Chat.Registry},
      {Registry, keys: :duplicate, name: Chat.PubSub},
      {DynamicSupervisor, name: Chat.Rooms, strategy: :one_for_one}
    ]
    Supervisor.start_link(children, strategy: :one_for_all, name: Chat.Sup)
  end

  def open(name), do: DynamicSupervisor.start_child(Chat.Rooms, {Chat.Room, name})
end

{:ok, _} = Chat.start()
IO.inspect(Chat.open("elixir") |> elem(0))
IO.inspect(Chat.open("erlang") |> elem(0))
{:error, {:already_started, _}} = Chat.open("elixir")
IO.puts("dup refused")

{:ok, _} = Registry.register(Chat.PubSub, "elixir", :me)
{:ok, _} = Registry.register(Chat.PubSub, "elixir", :me_again)
:ok = Chat.Room.post("elixir", "ann", "hi all")
for _ <- 1..2 do
  receive do
    {:chat, tag, room, user, text} -> IO.inspect({tag, room, user, text})
  end
end
Chat.Room.post("elixir", "bob", "hello")
IO.inspect(Chat.Room.history("elixir"))
IO.inspect(Registry.lookup(Chat.Registry, "elixir") |> Enum.map(fn {_pid, v} -> v end))
IO.inspect(Registry.keys(Chat.PubSub, self()) |> Enum.sort())
IO.inspect(Registry.count(Chat.Registry))
IO.inspect(Registry.select(Chat.Registry, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]) |> Enum.sort())
IO.inspect(Registry.match(Chat.PubSub, "elixir", :me) |> length())
:ok = Registry.unregister_match(Chat.PubSub, "elixir", :me)
IO.inspect(Registry.lookup(Chat.PubSub, "elixir") |> Enum.map(&elem(&1, 1)))
IO.inspect(DynamicSupervisor.count_children(Chat.Rooms))

[{pid, _}] = Registry.lookup(Chat.Registry, "erlang")
ref = Process.monitor(pid)
Chat.Room.close("erlang")
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "closed")
end
gone = fn gone ->
  case Registry.lookup(Chat.Registry, "erlang") do
    [] -> []
    _ -> Process.sleep(5); gone.(gone)
  end
end
IO.inspect(gone.(gone))
IO.inspect(DynamicSupervisor.count_children(Chat.Rooms).active)

[{pid2, _}] = Registry.lookup(Chat.Registry, "elixir")
ref2 = Process.monitor(pid2)
Process.exit(pid2, :kill)
receive do
  {:DOWN, ^ref2, :process, _, reason} -> IO.inspect(reason, label: "killed")
end
wait = fn wait ->
  case Registry.lookup(Chat.Registry, "elixir") do
    [{p, _}] when p != pid2 -> :restarted
    _ -> Process.sleep(5); wait.(wait)
  end
end
IO.inspect(wait.(wait))
IO.inspect(Chat.Room.history("elixir"))
IO.inspect(GenServer.whereis(Chat.Room.via("nope")))
try do
  Chat.Room.history("nope")
catch
  :exit, {:noproc, {GenServer, :call, [via, :history, 5000]}} -> IO.inspect(via)
end
IO.inspect(Supervisor.which_children(Chat.Sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
