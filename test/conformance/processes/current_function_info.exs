defmodule Sleeper do
  def loop do
    receive do
      :stop -> :ok
    end
  end
  def nested, do: inner()
  defp inner do
    receive do
      :stop -> :ok
    end
  end
end

defmodule Main do
  def run do
    a = spawn(&Sleeper.loop/0)
    b = spawn(&Sleeper.nested/0)
    c = spawn(fn -> Process.sleep(:infinity) end)
    Process.sleep(30)
    IO.inspect(Process.info(a, :current_function))
    IO.inspect(Process.info(b, :current_function))
    IO.inspect(Process.info(c, :current_function))
    IO.inspect(Process.info(a, :status))
    IO.inspect(Enum.member?(Process.list(), a))
    send(a, :stop)
    Process.sleep(20)
    IO.inspect(Enum.member?(Process.list(), a))
    Process.exit(b, :kill)
    Process.exit(c, :kill)
  end
end

Main.run()
