defmodule Counter do
  use GenServer
  @vsn 1
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def code_change(1, n, :err), do: {:error, :nope}
  def code_change(1, _n, :raise), do: raise("cc failed")
  def code_change(1, n, :throw), do: throw({:thrown, n})
  def code_change(1, n, _), do: {:ok, n + 1000}
end

{:ok, _} = GenServer.start_link(Counter, 1, name: :c)
IO.inspect(:sys.get_state(:c))
IO.inspect(:sys.replace_state(:c, fn n -> n + 1 end))
IO.inspect(:sys.change_code(:c, Counter, 1, nil))
IO.inspect(:sys.suspend(:c))
IO.inspect(:sys.suspend(:c))
GenServer.cast(:c, :inc)
IO.inspect(:sys.get_state(:c))

try do
  GenServer.call(:c, :get, 100)
catch
  :exit, r -> IO.inspect(r, label: "call while suspended")
end

IO.inspect(:sys.change_code(:c, Counter, 1, :err))
{:error, {:EXIT, {e, st}}} = :sys.change_code(:c, Counter, 1, :raise)
IO.inspect({e, is_list(st)})
{:error, {:EXIT, {fc, st}}} = :sys.change_code(:c, Counter, 2, nil)
IO.inspect({fc, is_list(st)})
IO.inspect(:sys.change_code(:c, Counter, 1, :throw))
IO.inspect(:sys.get_state(:c))
IO.inspect(:sys.change_code(:c, Counter, 1, nil))
IO.inspect(:sys.replace_state(:c, fn n -> n * 2 end))
IO.inspect(:sys.resume(:c))
IO.inspect(:sys.resume(:c))
# the queued cast and the timed-out call's request are handled now
IO.inspect(GenServer.call(:c, :get))
IO.inspect(:sys.get_state(:c, 1000))

for f <- [
      fn -> :sys.get_state(:nope) end,
      fn -> :sys.get_state(:nope, 100) end,
      fn -> :sys.suspend(:nope) end,
      fn -> :sys.resume(:nope) end,
      fn -> :sys.change_code(:nope, Counter, 1, nil) end,
      fn -> GenServer.call(:nope, :get) end,
      fn -> GenServer.call(:nope, :get, 10) end,
      fn -> GenServer.stop(:nope) end
    ] do
  try do
    f.()
  catch
    :exit, r -> IO.inspect(r)
  end
end

{:status, pid, {:module, mod}, [_dict, status, _parent, _dbg, data]} = :sys.get_status(:c)
IO.inspect({is_pid(pid), mod, status})
IO.inspect(Keyword.get_values(data, :data) |> List.last())
:sys.suspend(:c)
{:status, _, _, [_, status, _, _, _]} = :sys.get_status(:c)
IO.inspect(status)
IO.inspect(GenServer.stop(:c))
