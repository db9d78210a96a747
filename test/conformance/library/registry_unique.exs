# Registry with unique keys: register, lookup, via names, cleanup when a process dies
defmodule Worker do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {Reg, {:worker, id}}})
  def init(id), do: {:ok, id}
  def handle_call(:id, _from, id), do: {:reply, id, id}
  def handle_cast({:tell, pid}, id), do: (send(pid, {:told, id}); {:noreply, id})
end

defmodule Main do
  def run do
    {:ok, reg} = Registry.start_link(keys: :unique, name: Reg)
    IO.inspect(is_pid(reg))
    IO.inspect(Registry.register(Reg, "alpha", :one) |> elem(0))
    IO.inspect(Registry.register(Reg, "alpha", :again) |> elem(0))
    {:error, {:already_registered, pid}} = Registry.register(Reg, "alpha", :again)
    IO.inspect(pid == self())
    IO.inspect(Registry.lookup(Reg, "alpha") == [{self(), :one}])
    IO.inspect(Registry.lookup(Reg, "beta"))
    IO.inspect(Registry.register(Reg, "beta", %{n: 2}) |> elem(0))
    IO.inspect(Registry.keys(Reg, self()) |> Enum.sort())
    IO.inspect(Registry.count(Reg))
    IO.inspect(Registry.values(Reg, "beta", self()))
    IO.inspect(Registry.update_value(Reg, "beta", fn %{n: n} -> %{n: n + 1} end))
    IO.inspect(Registry.update_value(Reg, "nope", fn x -> x end))
    IO.inspect(Registry.unregister(Reg, "alpha"))
    IO.inspect(Registry.lookup(Reg, "alpha"))
    IO.inspect(Registry.keys(Reg, self()))

    {:ok, w1} = Worker.start_link(1)
    {:ok, _w2} = Worker.start_link(2)
    IO.inspect(Worker.start_link(1) |> elem(0))
    IO.inspect(GenServer.call({:via, Registry, {Reg, {:worker, 2}}}, :id))
    GenServer.cast({:via, Registry, {Reg, {:worker, 1}}}, {:tell, self()})
    receive do: ({:told, id} -> IO.inspect({:told, id}))
    IO.inspect(Registry.whereis_name({Reg, {:worker, 1}}) == w1)
    IO.inspect(Registry.whereis_name({Reg, {:worker, 9}}))
    IO.inspect(Registry.count(Reg))
    Process.unlink(w1)
    ref = Process.monitor(w1)
    Process.exit(w1, :kill)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    Process.sleep(50)
    IO.inspect(Registry.lookup(Reg, {:worker, 1}))
    IO.inspect(Registry.count(Reg))
    IO.inspect(Registry.select(Reg, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort())
    try do
      Registry.send({Reg, :missing}, :hello)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(Registry.meta(Reg, :custom))
    IO.inspect(Registry.put_meta(Reg, :custom, {1, 2}))
    IO.inspect(Registry.meta(Reg, :custom))
    IO.inspect(Registry.delete_meta(Reg, :custom))
    IO.inspect(Registry.meta(Reg, :custom))
  end
end

Main.run()
