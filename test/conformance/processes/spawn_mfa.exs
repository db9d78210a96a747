defmodule Worker do
  def start(parent, tag, n), do: send(parent, {tag, Enum.sum(1..n)})
  def loop(state) do
    receive do
      {:add, x} -> loop(state + x)
      {:get, from} -> send(from, {:state, state}); loop(state)
    end
  end
end

defmodule Main do
  def run do
    spawn(Worker, :start, [self(), :sum, 100])
    receive do: ({:sum, s} -> IO.inspect(s))
    pid = spawn(Worker, :loop, [0])
    Enum.each(1..10, &send(pid, {:add, &1}))
    send(pid, {:get, self()})
    receive do: ({:state, s} -> IO.inspect(s, label: "state"))
    lp = spawn_link(Worker, :loop, [100])
    send(lp, {:get, self()})
    receive do: ({:state, s} -> IO.inspect(s, label: "linked"))
    {mp, ref} = spawn_monitor(Worker, :loop, [5])
    Process.exit(mp, :kill)
    receive do: ({:DOWN, ^ref, :process, ^mp, r} -> IO.inspect(r))
    p = Process.spawn(fn -> send(:main, :from_process_spawn) end, [])
    Process.register(self(), :main)
    _ = p
    receive do
      m -> IO.inspect(m)
    after
      500 -> IO.puts("timeout")
    end
  end
end

Main.run()
