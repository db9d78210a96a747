defmodule Light do
  use GenServer
  @cycle %{green: :yellow, yellow: :red, red: :green}
  def start_link, do: GenServer.start(__MODULE__, :red)
  def init(color), do: {:ok, %{color: color, changes: 0, log: []}}
  def handle_call(:next, _f, %{color: :flashing} = s), do: {:reply, :still_flashing, s}
  def handle_call(:next, _f, s) do
    new = @cycle[s.color]
    {:reply, new, %{s | color: new, changes: s.changes + 1, log: [new | s.log]}}
  end
  def handle_call(:emergency, _f, s), do: {:reply, :flashing, %{s | color: :flashing}}
  def handle_call(:status, _f, s), do: {:reply, Map.take(s, [:color, :changes]), s}
  def handle_call(:history, _f, s), do: {:reply, Enum.reverse(s.log), s}
end

defmodule Main do
  def run do
    {:ok, l} = Light.start_link()
    for _ <- 1..5, do: IO.inspect(GenServer.call(l, :next))
    IO.inspect(GenServer.call(l, :status))
    IO.inspect(GenServer.call(l, :history))
    IO.inspect(GenServer.call(l, :emergency))
    IO.inspect(GenServer.call(l, :next))
    try do
      GenServer.call(l, :bogus)
    catch
      :exit, {{reason, _}, _} -> Logger.flush(); IO.inspect(reason, label: "crashed with")
    end
  end
end

Main.run()
