# a Registry started with listeners sends each of them {:register, registry, key, pid, value} and
# {:unregister, registry, key, pid} (nothing when a registered process exits)
defmodule Main do
  def run do
    parent = self()
    listener = spawn(fn -> relay(parent) end)
    Process.register(listener, :listener)
    {:ok, _} = Registry.start_link(keys: :unique, name: Reg, listeners: [:listener])

    p =
      spawn(fn ->
        {:ok, _} = Registry.register(Reg, :worker, :v)
        send(parent, :registered)
        receive do
          :go -> :ok
        end
      end)

    receive do
      :registered -> :ok
    end

    next_event("other process registers")
    ref = Process.monitor(p)
    send(p, :go)

    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end

    wait_until_gone(:worker)
    IO.inspect(Registry.lookup(Reg, :worker), label: "after exit")
    {:ok, _} = Registry.register(Reg, :mine, 1)
    next_event("register")
    IO.inspect(Registry.register(Reg, :mine, 2) |> elem(0), label: "twice")
    :ok = Registry.unregister(Reg, :mine)
    next_event("unregister")

    receive do
      m -> IO.inspect(m, label: "unexpected")
    after
      100 -> IO.puts("no more events")
    end
  end

  defp next_event(label) do
    receive do
      {kind, reg, key, pid, value} -> IO.inspect({kind, reg, key, pid == self(), value}, label: label)
      {kind, reg, key, pid} -> IO.inspect({kind, reg, key, pid == self()}, label: label)
    after
      5000 -> IO.puts("#{label}: no event")
    end
  end

  defp wait_until_gone(key) do
    if Registry.lookup(Reg, key) != [], do: (Process.sleep(10); wait_until_gone(key))
  end

  defp relay(parent) do
    receive do
      m -> send(parent, m)
    end

    relay(parent)
  end
end

Main.run()
