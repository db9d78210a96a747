defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)
    parent = self()
    subs =
      for topic <- [:news, :news, :sports] do
        spawn(fn ->
          Registry.register(PubSub, topic, :sub)
          send(parent, :ready)
          receive do
            {:broadcast, msg} -> send(parent, {:got, topic, msg})
          end
        end)
      end
    for _ <- subs, do: receive(do: (:ready -> :ok))
    IO.inspect Registry.count(PubSub)
    IO.inspect Registry.lookup(PubSub, :news) |> length()
    Registry.dispatch(PubSub, :news, fn entries -> for {pid, _} <- entries, do: send(pid, {:broadcast, "hello"}) end)
    got = for _ <- 1..2, do: receive(do: ({:got, t, m} -> {t, m}))
    IO.inspect got
    {:ok, _} = Registry.start_link(keys: :unique, name: Names)
    {:ok, pid} = Agent.start_link(fn -> 0 end, name: {:via, Registry, {Names, "counter"}})
    Agent.update({:via, Registry, {Names, "counter"}}, &(&1 + 5))
    IO.inspect Agent.get({:via, Registry, {Names, "counter"}}, & &1)
    IO.inspect Registry.lookup(Names, "counter") == [{pid, nil}]
    IO.inspect Registry.register(Names, "mine", :meta)
    IO.inspect Registry.register(Names, "mine", :again) |> elem(0)
    IO.inspect Registry.unregister(Names, "mine")
    IO.inspect Registry.lookup(Names, "mine")
  end
end
Main.run()
