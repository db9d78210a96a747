defmodule M do
  def loop do
    receive do
      {:msg, from, body} -> send(from, :ok)
      {:stop, reason} -> :stop
    after
      0 -> :timeout
    end
  end
end
IO.inspect(M.loop())
