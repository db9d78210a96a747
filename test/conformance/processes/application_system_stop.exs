# System.stop/1 stops the started applications, newest first (each one's prep_stop/1 and stop/1
# run), and halts with the status without running the at_exit hooks
defmodule Cb do
  def start(_, name), do: Task.start_link(fn -> Process.sleep(:infinity) end) |> tap(fn _ -> IO.puts("start #{name}") end)
  def prep_stop(state), do: tap(state, fn _ -> IO.puts("prep_stop") end)
  def stop(_), do: IO.puts("stop")
end

for app <- [:first, :second] do
  :ok = :application.load({:application, app, [mod: {Cb, app}, applications: [:kernel]]})
  :ok = Application.start(app)
end

System.at_exit(fn status -> IO.puts("at_exit #{status}") end)
IO.inspect(System.stop(3), label: "System.stop")
Process.sleep(:infinity)
