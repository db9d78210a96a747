defmodule Exconf do
  def greeting, do: Application.fetch_env!(:exconf, :greeting)

  def later(pid, msg, ms) do
    spawn(fn ->
      Process.sleep(ms)
      send(pid, msg)
    end)
  end
end
