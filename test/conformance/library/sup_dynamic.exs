# DynamicSupervisor: start_child, terminate_child, which_children, count_children, max_children
defmodule Counter do
  use Agent
  def start_link(n), do: Agent.start_link(fn -> n end)
end

defmodule Crashy do
  use GenServer, restart: :transient
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:fail), do: {:stop, :bad_init}
  def init(:ignore), do: :ignore
  def init(x), do: {:ok, x}
end

defmodule Main do
  def run do
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: MyDyn, max_children: 3)
    IO.inspect(is_pid(sup))
    IO.inspect(DynamicSupervisor.count_children(MyDyn))
    {:ok, c1} = DynamicSupervisor.start_child(MyDyn, {Counter, 1})
    {:ok, c2} = DynamicSupervisor.start_child(MyDyn, {Counter, 2})
    IO.inspect(Agent.get(c1, & &1) + Agent.get(c2, & &1))
    IO.inspect(DynamicSupervisor.start_child(MyDyn, {Crashy, :fail}))
    IO.inspect(DynamicSupervisor.start_child(MyDyn, {Crashy, :ignore}))
    {:ok, _c3} = DynamicSupervisor.start_child(MyDyn, {Crashy, :ok})
    IO.inspect(DynamicSupervisor.start_child(MyDyn, {Counter, 4}))
    IO.inspect(DynamicSupervisor.count_children(MyDyn))
    children = DynamicSupervisor.which_children(MyDyn)
    IO.inspect(Enum.map(children, fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
    IO.inspect(DynamicSupervisor.terminate_child(MyDyn, c1))
    IO.inspect(DynamicSupervisor.terminate_child(MyDyn, c1))
    IO.inspect(Process.alive?(c1))
    # a permanent child is restarted when it crashes
    ref = Process.monitor(c2)
    Process.exit(c2, :kill)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Process.sleep(100)
    IO.inspect(DynamicSupervisor.count_children(MyDyn))
    pids = for {_, pid, _, _} <- DynamicSupervisor.which_children(MyDyn), do: pid
    IO.inspect(c2 in pids)
    IO.inspect(DynamicSupervisor.start_child(MyDyn, %{id: :x, start: {Counter, :start_link, [9]}, restart: :temporary}) |> elem(0))
    IO.inspect(DynamicSupervisor.start_child(MyDyn, {Counter, 5}))
    try do
      DynamicSupervisor.start_child(MyDyn, :not_a_spec)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(DynamicSupervisor.stop(MyDyn))
    IO.inspect(Process.alive?(sup))
  end
end

Main.run()
