# Task.Supervisor.async/async_nolink on a supervisor at its :max_children raise a RuntimeError
# (start_child returns {:error, :max_children})
defmodule Main do
  def run do
    {:ok, _} = Task.Supervisor.start_link(name: TS, max_children: 1)
    {:ok, _} = Task.Supervisor.start_child(TS, fn -> Process.sleep(:infinity) end)
    IO.inspect(Task.Supervisor.start_child(TS, fn -> :ok end), label: "start_child")

    try do
      Task.Supervisor.async_nolink(TS, fn -> 1 end)
    rescue
      e -> IO.puts("async_nolink: " <> Exception.message(e))
    end

    Task.Supervisor.async(TS, fn -> 1 end)
  end
end

Main.run()
