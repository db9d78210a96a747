# A backend of the program's own that crashes in handle_event/2 is added again shortly after
# (its Logger.Watcher is :transient: Logger's supervisor restarts it and it calls init/1 anew),
# and gets the entries logged after that; one that answers :remove_handler is not (the program
# waits until the handler is back instead of timing it)
defmodule Flaky do
  def init(id) do
    IO.puts("init #{inspect(id)}")
    {:ok, 0}
  end

  def handle_event({_level, _gl, {Logger, msg, _ts, _md}}, n) do
    IO.puts("#{n} got #{msg}")

    case msg do
      "boom" -> raise "backend failed"
      "quit" -> :remove_handler
      "exit" -> exit(:bye)
      _ -> {:ok, n + 1}
    end
  end

  def handle_event(_, n), do: {:ok, n}

  def terminate({:error, _}, n), do: IO.puts("terminate :error at #{n}")
  def terminate(reason, n), do: IO.puts("terminate #{inspect(reason)} at #{n}")
end

defmodule Wait do
  def back(id), do: back(id, 500)
  def back(_id, 0), do: :timeout

  def back(id, left) do
    if id in :gen_event.which_handlers(Logger) do
      :back
    else
      Process.sleep(10)
      back(id, left - 1)
    end
  end
end

require Logger
Logger.remove_backend(:console)
{:ok, _} = Logger.add_backend(Flaky)
Logger.info("one")
Logger.info("boom")
IO.inspect(Wait.back(Flaky), label: "after a raise")
Logger.info("two")
Logger.info("exit")
IO.inspect(Wait.back(Flaky), label: "after an exit")
Logger.info("three")
Logger.flush()
IO.inspect(Logger.remove_backend(Flaky), label: "remove")

{:ok, _} = Logger.add_backend({Flaky, :second})
Logger.info("quit")
Logger.flush()
Process.sleep(200)
IO.inspect(:gen_event.which_handlers(Logger), label: "after :remove_handler")
IO.inspect(Logger.remove_backend({Flaky, :second}), label: "remove")

