# Registry with duplicate keys: pub/sub with dispatch, match, count_match, unregister_match
defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub, meta: [purpose: :events])
    IO.inspect(Registry.meta(PubSub, :purpose))
    parent = self()
    subscribers =
      for i <- 1..3 do
        spawn(fn ->
          {:ok, _} = Registry.register(PubSub, "news", {:sub, i})
          if i == 2, do: Registry.register(PubSub, "sports", :fan)
          send(parent, {:ready, i})
          receive do
            {:broadcast, msg} -> send(parent, {:got, i, msg})
          end
          receive do: (:stop -> :ok)
        end)
      end
    for i <- 1..3, do: receive(do: ({:ready, ^i} -> :ok))
    IO.inspect(Registry.register(PubSub, "news", :me) |> elem(0))
    IO.inspect(Registry.register(PubSub, "news", :me_again) |> elem(0))
    IO.inspect(length(Registry.lookup(PubSub, "news")))
    IO.inspect(Registry.values(PubSub, "news", self()) |> Enum.sort())
    IO.inspect(Registry.count(PubSub))
    IO.inspect(Registry.count_match(PubSub, "news", {:sub, :_}))
    IO.inspect(Registry.count_match(PubSub, "news", {:sub, :"$1"}, [{:>, :"$1", 1}]))
    IO.inspect(Registry.match(PubSub, "news", {:sub, :"$1"}, [{:>=, :"$1", 3}]) |> Enum.map(&elem(&1, 1)))
    IO.inspect(Registry.match(PubSub, "sports", :_) |> length())
    Registry.dispatch(PubSub, "news", fn entries ->
      for {pid, value} <- entries, pid != self(), do: send(pid, {:broadcast, value})
    end)
    got = for _ <- 1..3, do: receive(do: ({:got, i, msg} -> {i, msg}))
    IO.inspect(Enum.sort(got))
    IO.inspect(Registry.unregister_match(PubSub, "news", :me_again))
    IO.inspect(Registry.values(PubSub, "news", self()))
    IO.inspect(Registry.keys(PubSub, self()))
    Enum.each(subscribers, &send(&1, :stop))
    Process.sleep(100)
    IO.inspect(Registry.lookup(PubSub, "news") |> length())
    IO.inspect(Registry.lookup(PubSub, "sports"))
    IO.inspect(Registry.count(PubSub))
    try do
      Registry.update_value(PubSub, "news", & &1)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
