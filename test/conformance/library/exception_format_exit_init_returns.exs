# Exception.format_exit/1 words :noconnection as "no connection", and a supervisor's init/1 that
# returned something else than {:ok, {flags, children}} or :ignore as "M.init/1 returned a bad
# value: ..."; a :simple_one_for_one supervisor refuses children other than one spec as
# {:bad_start_spec, children} before looking at any spec.
defmodule Sup do
  def start_link(fun), do: :supervisor.start_link(__MODULE__, fun)
  def init(fun), do: fun.()
end

IO.puts(Exception.format_exit(:noconnection))
IO.puts(Exception.format_exit({:noconnection, {GenServer, :call, [{:reg, :other@host}, :ping, 5000]}}))

Process.flag(:trap_exit, true)

for result <- [
      :foo,
      {:ok, :foo},
      {:ok, {{:simple_one_for_one, 1, 1}, :foo}},
      {:ok, {{:simple_one_for_one, 1, 1}, []}},
      {:ok, {%{strategy: :simple_one_for_one}, [:a, :b]}},
      {:ok, {{:simple_one_for_one, 1, 1}, [:foo]}}
    ] do
  {:error, reason} = Sup.start_link(fn -> result end)
  IO.inspect(reason)
  IO.puts(Exception.format_exit(reason))
end
