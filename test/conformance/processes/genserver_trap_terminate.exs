defmodule Child do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)
  def init(parent) do
    Process.flag(:trap_exit, true)
    {:ok, parent}
  end
  def terminate(reason, parent) do
    send(parent, {:terminated, reason})
    :ok
  end
end

defmodule NoTrap do
  use GenServer
  def init(parent), do: {:ok, parent}
  def terminate(reason, parent), do: send(parent, {:notrap_terminated, reason})
end

defmodule Main do
  def run do
    main = self()
    owner = spawn(fn ->
      {:ok, c} = Child.start_link(main)
      send(main, {:child, c})
      receive do: (:die -> exit(:owner_quit))
    end)
    c = receive do: ({:child, c} -> c)
    ref = Process.monitor(c)
    send(owner, :die)
    t = receive do: ({:terminated, r} -> r)
    d = receive do: ({:DOWN, ^ref, _, _, r} -> r)
    Logger.flush()
    IO.inspect(t, label: "terminate called with")
    IO.inspect(d, label: "child down")
    {:ok, n} = GenServer.start(NoTrap, main)
    ref2 = Process.monitor(n)
    Process.exit(n, :some_reason)
    receive do: ({:DOWN, ^ref2, _, _, r} -> IO.inspect(r, label: "no-trap down"))
    receive do
      {:notrap_terminated, r} -> IO.inspect(r, label: "unexpected terminate")
    after
      50 -> IO.puts("terminate not called without trap_exit")
    end
  end
end

Main.run()
