defmodule Job do
  use GenServer, restart: :transient
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id) do
    send(:main, {:up, id})
    {:ok, id}
  end
  def handle_cast({:exit, reason}, s), do: {:stop, reason, s}
end

defmodule Main do
  # wait for `n` starts (generous timeout), then check nothing else arrives
  def ups(n, acc \\ [])
  def ups(0, acc) do
    receive do
      {:up, id} -> ups(0, [{:unexpected, id} | acc])
    after
      100 ->
        Logger.flush()
        Enum.reverse(acc)
    end
  end
  def ups(n, acc) do
    receive do
      {:up, id} -> ups(n - 1, [id | acc])
    after
      3000 -> Enum.reverse([:timeout | acc])
    end
  end

  def run do
    Process.register(self(), :main)
    children = [
      Supervisor.child_spec({Job, :perm}, id: :perm, restart: :permanent),
      Supervisor.child_spec({Job, :trans}, id: :trans),
      Supervisor.child_spec({Job, :temp}, id: :temp, restart: :temporary)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    IO.inspect(ups(3), label: "started")
    for {id, n} <- [perm: 1, trans: 0, temp: 0] do
      GenServer.cast(id, {:exit, :normal})
      IO.inspect(ups(n), label: "#{id} normal exit -> restarted")
    end
    GenServer.cast(:trans, {:exit, :normal})
    Process.sleep(50)
    IO.inspect(Supervisor.count_children(sup))
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p)} end) |> Enum.sort())
    {:ok, sup2} = Supervisor.start_link([Supervisor.child_spec({Job, :trans2}, id: :t2)], strategy: :one_for_one)
    ups(1)
    GenServer.cast(:trans2, {:exit, :abnormal})
    IO.inspect(ups(1), label: "transient abnormal exit -> restarted")
    Supervisor.stop(sup2)
    Supervisor.stop(sup)
  end
end

Main.run()
