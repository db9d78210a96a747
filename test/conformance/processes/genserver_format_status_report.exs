defmodule Secret do
  use GenServer
  def init(s), do: {:ok, s}
  def format_status(:terminate, [_pdict, state]), do: %{state | password: "***"}
  def format_status(:normal, [_pdict, state]), do: [data: [{'State', %{state | password: "hidden"}}]]
  def handle_call(:crash, _, s), do: {:stop, :bye, s}
end
{:ok, pid} = GenServer.start(Secret, %{user: "u", password: "p"}, hibernate_after: 10)
{:status, _, {:module, :gen_server}, [pdict, :running, parent, _dbg, misc]} = :sys.get_status(pid)
IO.inspect(is_list(pdict))
IO.inspect(parent == self())
IO.inspect(misc |> Enum.drop(1))
IO.inspect(:sys.get_state(pid))
ref = Process.monitor(pid)
try do GenServer.call(pid, :crash) catch :exit, {r, _} -> IO.inspect(r) end
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Logger.flush()
IO.puts("end")
