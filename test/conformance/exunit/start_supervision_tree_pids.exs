# ExUnit.start/1 starts the :ex_unit application: its master (and the process that starts the
# callback), ExUnit.Supervisor and its three children, so pids spawned after it are elixir's
IO.inspect(self(), label: "script")
ExUnit.start(autorun: false)

for name <- [ExUnit.Supervisor, ExUnit.Server, ExUnit.CaptureServer, ExUnit.OnExitHandler] do
  IO.inspect(Process.whereis(name), label: inspect(name))
end

master = :application_controller.get_master(:ex_unit)
IO.inspect(master, label: "master")
IO.inspect(Supervisor.which_children(ExUnit.Supervisor), label: "children")
IO.inspect(Process.info(Process.whereis(ExUnit.Supervisor), :links), label: "supervisor links")
IO.inspect(Process.info(master, :links), label: "master links")
IO.inspect(Application.spec(:ex_unit, :mod), label: "mod")
IO.inspect(spawn(fn -> :ok end), label: "next")
