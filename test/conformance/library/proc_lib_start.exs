# :proc_lib's start functions as Erlang-style special processes use them: start_link/3,4,5 waiting
# for init_ack/1,2, start/3,4 and start_monitor/3 with a monitor, an init that crashes or never
# acks (timeout), spawn_opt, the recorded ancestors and initial call, and stop/1,3.
defmodule Worker do
  def init(parent, mode) do
    case mode do
      :ok ->
        :proc_lib.init_ack({:ok, self()})
        loop(parent)

      :explicit ->
        :proc_lib.init_ack(parent, {:ok, :explicit})
        loop(parent)

      :error ->
        :proc_lib.init_ack({:error, :refused})

      :crash ->
        exit(:init_crashed)

      :slow ->
        Process.sleep(:infinity)
    end
  end

  defp loop(parent) do
    receive do
      {:ping, from} ->
        send(from, {:pong, Process.get(:"$ancestors") |> length(), Process.get(:"$initial_call")})
        loop(parent)

      :stop ->
        :ok
    end
  end
end

defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    me = self()
    {:ok, pid} = :proc_lib.start_link(Worker, :init, [me, :ok])
    send(pid, {:ping, self()})
    receive do: ({:pong, n, call} -> IO.inspect({n, call}))
    send(pid, :stop)
    receive do: ({:EXIT, ^pid, reason} -> IO.inspect({:exited, reason}))

    IO.inspect(:proc_lib.start_link(Worker, :init, [me, :explicit], 5000))
    IO.inspect(:proc_lib.start_link(Worker, :init, [me, :error]))
    IO.inspect(:proc_lib.start_link(Worker, :init, [me, :crash]))
    IO.inspect(:proc_lib.start_link(Worker, :init, [me, :slow], 100))
    IO.inspect(:proc_lib.start(Worker, :init, [me, :crash]))
    IO.inspect(:proc_lib.start(Worker, :init, [me, :slow], 50))
    {:ok, p2} = :proc_lib.start(Worker, :init, [me, :ok], 1000, [])
    IO.inspect(Process.info(p2, :links))
    {{:ok, p3}, ref} = :proc_lib.start_monitor(Worker, :init, [me, :ok])
    send(p3, :stop)
    receive do: ({:DOWN, ^ref, :process, ^p3, r} -> IO.inspect({:down, r}))
    {{:error, r}, ref2} = :proc_lib.start_monitor(Worker, :init, [me, :crash])
    IO.inspect(r)
    receive do: ({:DOWN, ^ref2, :process, _, r2} -> IO.inspect({:down_too, r2}))

    try do
      :proc_lib.start_link(Worker, :init, [me, :ok], 1000, [:monitor])
    rescue
      e -> IO.inspect(e.__struct__)
    end

    {pid4, mref} = :proc_lib.spawn_opt(fn -> receive do: (:go -> exit(:went)) end, [:monitor])
    send(pid4, :go)
    receive do: ({:DOWN, ^mref, :process, ^pid4, r} -> IO.inspect(r))

    {:ok, gs} = Agent.start(fn -> 0 end)
    IO.inspect(:proc_lib.stop(gs))
    IO.inspect(Process.alive?(gs))
    {:ok, gs2} = Agent.start(fn -> 0 end)
    IO.inspect(:proc_lib.stop(gs2, :shutdown, 1000))
    IO.inspect(catch_exit(:proc_lib.stop(gs2)) |> elem(0))
  end

  defp catch_exit(f) do
    try do
      f
    catch
      :exit, r -> r
    end
  end
end

Main.run()
