# A backend of the program's own that fails while the console is off: its watcher writes
# ':gen_event handler ... installed in Logger terminating' on stderr only when Logger is left with
# no other backend (which_handlers is [Logger.Config]); while another backend is there, the
# reports go to that backend through Logger instead. (The program waits until the handler is back.)
defmodule Crashy do
  def init(id), do: {:ok, id}
  def handle_event(:flush, id), do: if(:persistent_term.get(:crash, false), do: exit(:flush_failed), else: {:ok, id})
  def handle_event(_, id), do: {:ok, id}
end

defmodule Other do
  def init(id), do: {:ok, id}

  def handle_event({level, _gl, {Logger, message, _ts, _md}}, id) do
    IO.puts("other got #{level}: #{message |> IO.chardata_to_string() |> String.split("\n") |> hd()}")
    {:ok, id}
  end

  def handle_event(_, id), do: {:ok, id}
end

defmodule Wait do
  def back(id), do: back(id, 500)
  def back(_id, 0), do: :timeout

  def back(id, n) do
    if id in :gen_event.which_handlers(Logger), do: :back, else: (Process.sleep(10); back(id, n - 1))
  end
end

require Logger
Logger.remove_backend(:console)
{:ok, _} = Logger.add_backend(Other)
{:ok, _} = Logger.add_backend(Crashy)

for step <- [:with_other, :alone] do
  if step == :alone, do: IO.inspect(Logger.remove_backend(Other), label: "other removed")
  :persistent_term.put(:crash, true)
  Logger.flush()
  :persistent_term.put(:crash, false)
  IO.inspect(Wait.back(Crashy), label: "#{step}")
  Logger.flush()
end
