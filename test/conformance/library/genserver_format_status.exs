# A GenServer's format_status/2 shapes what :sys.get_status/1 shows (:normal) and the state its
# crash report prints (:terminate); one that raises falls back to the plain state.
defmodule Secret do
  use GenServer
  def init(a), do: {:ok, a}
  def handle_call(:crash, _, s), do: {:stop, :bad, s}
  def format_status(:normal, [_pdict, state]), do: [data: [{'State', {:hidden, map_size(state)}}]]
  def format_status(:terminate, [_pdict, state]), do: Map.delete(state, :password)
end

defmodule Raising do
  use GenServer
  def init(a), do: {:ok, a}
  def format_status(_, _), do: raise("no")
end

defmodule Tuple1 do
  use GenServer
  def init(a), do: {:ok, a}
  def format_status(:normal, [_, s]), do: {:one, s}
end

{:ok, g} = GenServer.start(Secret, %{user: "a", password: "p"})
{:status, _, _, [_, _, _, _, data]} = :sys.get_status(g)
IO.inspect(data, label: "normal")
{:ok, r} = GenServer.start(Raising, :st)
{:status, _, _, [_, _, _, _, data]} = :sys.get_status(r)
IO.inspect(data, label: "raising")
{:ok, t} = GenServer.start(Tuple1, :st)
{:status, _, _, [_, _, _, _, data]} = :sys.get_status(t)
IO.inspect(data, label: "not a list")
ref = Process.monitor(g)
catch_exit = fn f -> try do f.() catch :exit, _ -> :exited end end
IO.inspect(catch_exit.(fn -> GenServer.call(g, :crash) end))
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "down")
end
