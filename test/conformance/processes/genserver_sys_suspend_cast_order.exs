defmodule Acc do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_cast(x, l), do: {:noreply, [x | l]}
  def handle_info(x, l), do: {:noreply, [{:info, x} | l]}
  def handle_call(:get, _f, l), do: {:reply, Enum.reverse(l), l}
end

defmodule Main do
  def run do
    {:ok, p} = GenServer.start(Acc, nil)
    GenServer.cast(p, 1)
    :sys.suspend(p)
    GenServer.cast(p, 2)
    send(p, :plain)
    GenServer.cast(p, 3)
    IO.inspect(:sys.get_state(p), label: "suspended state")
    :sys.resume(p)
    IO.inspect(GenServer.call(p, :get), label: "after resume")
  end
end

Main.run()
