# Exit signals travel one hop at a time (issue 9): a dying process sends all its link exit
# signals and :DOWN messages before any process it kills sends its own; :kill sent with
# Process.exit/2 becomes :killed for the next hop; :normal is not propagated unless trapped.
defmodule Main do
  def wait_forever, do: receive(do: (:never -> :ok))

  def collect(n), do: for(_ <- 1..n, do: receive(do: (m -> m)))

  def name(names, pid), do: Map.get(names, pid, :other)

  def show(msgs, names) do
    for m <- msgs do
      case m do
        {:EXIT, pid, r} -> "EXIT #{name(names, pid)} #{inspect(r)}"
        {:DOWN, _, :process, pid, r} -> "DOWN #{name(names, pid)} #{inspect(r)}"
      end
    end
    |> Enum.join(", ")
  end

  # the trapping main process is linked to a and b and monitors a; c links a to b: a crashes,
  # so main sees a's EXIT and a's DOWN before b's EXIT (b dies two hops later, through c)
  def chain do
    Process.flag(:trap_exit, true)
    a = spawn_link(fn -> receive(do: (:go -> exit(:boom))) end)
    b = spawn_link(&wait_forever/0)
    Process.monitor(a)
    c = spawn(fn -> Process.link(a); Process.link(b); wait_forever() end)
    Process.sleep(50)
    send(a, :go)
    msgs = collect(3)
    IO.puts("chain: " <> show(msgs, %{a => :a, b => :b, c => :c}))
  end

  # a dies, killing b then c (links walked in the BEAM's order); each one's EXIT comes after a's
  def fan do
    Process.flag(:trap_exit, true)
    ws = for _ <- 1..4, do: spawn_link(&wait_forever/0)
    a = spawn(fn ->
      for w <- Enum.reverse(ws), do: Process.link(w)
      receive(do: (:go -> exit(:fan)))
    end)
    Process.link(a)
    Process.sleep(50)
    send(a, :go)
    names = Map.new(Enum.with_index([a | ws]), fn {p, i} -> {p, :"p#{i}"} end)
    IO.puts("fan: " <> show(collect(5), names))
  end

  # Process.exit(x, :kill) kills x with :killed, and x's links carry :killed
  def kill_hop do
    Process.flag(:trap_exit, true)
    x = spawn_link(&wait_forever/0)
    y = spawn(fn -> Process.link(x); wait_forever() end)
    Process.sleep(50)
    Process.monitor(y)
    Process.link(y)
    Process.exit(x, :kill)
    IO.puts("kill: " <> show(collect(3), %{x => :x, y => :y}))
  end

  # a normal exit reaches only trapping processes: the plain linked one survives
  def normal_exit do
    Process.flag(:trap_exit, true)
    plain = spawn(&wait_forever/0)
    a = spawn_link(fn -> Process.link(plain); receive(do: (:go -> :ok)) end)
    Process.sleep(50)
    send(a, :go)
    IO.puts("normal: " <> show(collect(1), %{a => :a}))
    Process.sleep(50)
    IO.puts("plain alive: #{Process.alive?(plain)}")
  end

  def run do
    chain()
    fan()
    kill_hop()
    normal_exit()
  end
end

Main.run()
