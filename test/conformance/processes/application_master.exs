# An application with a callback module runs under an application master, as on the BEAM: the
# master is its processes' group leader (:application.get_application/0,1 find the application
# through it), start/2 runs in a process linked to the master and to the top supervisor, stop/1
# runs when the application stops or its top process dies, and the controller logs the end.
# Pids are printed without the #PID prefix (the conformance mask hides those): the master and its
# helpers take the numbers the BEAM's do.
show = fn label, pid -> IO.puts("#{label}: " <> String.replace(inspect(pid), "#PID", "pid")) end

defmodule MyApp.Worker do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def init(:ok), do: {:ok, :ok}
  def handle_call(:gl, _from, s), do: {:reply, Process.info(self(), :group_leader), s}
  def handle_call(:app, _from, s), do: {:reply, :application.get_application(), s}
  def handle_call(:say, _from, s), do: {:reply, IO.puts("the worker speaks"), s}
end

defmodule MyApp do
  use Application

  def start(type, args) do
    IO.inspect({type, args}, label: "start")
    IO.inspect(:application.get_application(), label: "get_application in start")
    IO.inspect(self() == Process.group_leader(), label: "start process leads itself")
    {:links, links} = Process.info(self(), :links)
    IO.inspect(length(links), label: "start links")
    Supervisor.start_link([MyApp.Worker], strategy: :one_for_one, name: MyApp.Sup)
  end

  def prep_stop(state) do
    IO.inspect(state, label: "prep_stop")
    {:prepped, state}
  end

  def stop(state) do
    IO.inspect(state, label: "stop")
    :ok
  end
end

defmodule Lib do
end

spec = [description: 'my app', vsn: '1.0.0', modules: [MyApp, MyApp.Worker], registered: [], applications: [:kernel, :stdlib], mod: {MyApp, [:a]}]
:ok = :application.load({:application, :my_app, spec})
:ok = :application.load({:application, :lib, [applications: [:kernel], modules: [Lib]]})

show.("before", spawn(fn -> :ok end))
IO.inspect(Application.start(:lib), label: "start lib")
show.("after a library application", spawn(fn -> :ok end))
IO.inspect(:application_controller.get_master(:lib), label: "master of lib")

IO.inspect(Application.start(:my_app), label: "start")
show.("after start", spawn(fn -> :ok end))
IO.inspect(Application.start(:my_app), label: "again")
IO.inspect(Application.ensure_started(:my_app), label: "ensure")
IO.inspect(:application.which_applications() |> Enum.map(&elem(&1, 0)), label: "which")
IO.inspect(:application.get_application(MyApp.Worker), label: "get_application(module)")
IO.inspect(:application.get_application(), label: "get_application of the script")
IO.inspect(GenServer.call(MyApp.Worker, :app), label: "worker's application")
IO.inspect(GenServer.call(MyApp.Worker, :say), label: "worker's output")

{:group_leader, gl} = GenServer.call(MyApp.Worker, :gl)
master = :application_controller.get_master(:my_app)
show.("master", master)
IO.inspect(gl == master, label: "the worker's group leader is the master")
IO.inspect(Process.info(master, :group_leader) == {:group_leader, master}, label: "the master leads itself")
IO.inspect(Process.info(master, :trap_exit), label: "master")
IO.inspect(Process.info(master, :initial_call), label: "master")
IO.inspect(Process.info(master, :current_function), label: "master")
{:dictionary, d} = Process.info(master, :dictionary)
IO.inspect(Keyword.get(d, :"$initial_call"), label: "master's $initial_call")
{:links, ml} = Process.info(master, :links)
IO.inspect(Process.whereis(:application_controller) in ml, label: "master linked to the controller")
[loop] = ml -- [Process.whereis(:application_controller)]
show.("start process", loop)
IO.inspect(Process.info(loop, :initial_call), label: "start process")
IO.inspect(Process.info(loop, :current_function), label: "start process")
IO.inspect(Process.info(loop, :trap_exit), label: "start process")
sup = Process.whereis(MyApp.Sup)
show.("top supervisor", sup)
{:links, sl} = Process.info(sup, :links)
IO.inspect(loop in sl and length(sl) == 2, label: "supervisor linked to the start process and its child")
{:dictionary, d} = Process.info(sup, :dictionary)
IO.inspect(Keyword.get(d, :"$ancestors") == [loop], label: "supervisor's ancestor is the start process")
IO.inspect(:application.get_application(sup), label: "get_application(supervisor)")
IO.inspect(:application_master.get_child(master) == {sup, MyApp}, label: "get_child")
IO.inspect(IO.puts(master, "written through the master"), label: "io to the master")

# a process of the application outside the tree is killed when the application stops
stray = spawn(fn -> Process.sleep(:infinity) end)
:erlang.group_leader(master, stray)

stopped = Application.stop(:my_app)
Process.sleep(50)
IO.inspect(stopped, label: "stop")
IO.inspect(Process.whereis(MyApp.Sup), label: "supervisor after stop")
IO.inspect(Process.alive?(master), label: "master alive after stop")
IO.inspect(Process.alive?(stray), label: "stray process alive after stop")
IO.inspect(Application.stop(:my_app), label: "stop again")
IO.inspect(:application.which_applications() |> Enum.map(&elem(&1, 0)), label: "which")
# (the controller logs the end while the caller goes on: the log is awaited before printing)
stopped = Application.stop(:lib)
Process.sleep(50)
IO.inspect(stopped, label: "stop lib")

IO.inspect(Application.start(:my_app), label: "restart")
ref = Process.monitor(:application_controller.get_master(:my_app))
Process.exit(Process.whereis(MyApp.Sup), :kill)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "master ended")
end
Process.sleep(50)
IO.inspect(:application.which_applications() |> Enum.map(&elem(&1, 0)), label: "which after the kill")
IO.inspect(:application_controller.get_master(:my_app), label: "master after the kill")

# start/2 failing
defmodule Bad do
  def start(_, :error), do: {:error, :nope}
  def start(_, :raise), do: raise("boom")
  def start(_, :value), do: :what
end
for how <- [:error, :raise, :value] do
  app = :"bad_#{how}"
  :ok = :application.load({:application, app, [applications: [:kernel], mod: {Bad, how}]})
  started = Application.start(app)
  Process.sleep(50)
  IO.inspect(started, label: "start #{app}")
  IO.inspect(:application.which_applications() |> Enum.map(&elem(&1, 0)) |> Enum.member?(app), label: "started")
end
show.("at the end", spawn(fn -> :ok end))
