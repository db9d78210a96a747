# A call that waits without a timeout tags its request with the monitor's bare reference (OTP 25's
# gen:do_call/4 for a local server needs no alias then); with a timeout the tag is [:alias | ref].
defmodule Echo do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_call(:from, from, s), do: {:reply, from, s}
  def handle_call(:later, from, s), do: (send(self(), {:answer, from}); {:noreply, s})
  def handle_info({:answer, from}, s), do: (GenServer.reply(from, :answered); {:noreply, s})
end

defmodule Machine do
  @behaviour :gen_statem
  def callback_mode, do: :handle_event_function
  def init(_), do: {:ok, :idle, nil}
  def handle_event({:call, from}, :from, _, _), do: {:keep_state_and_data, [{:reply, from, from}]}
end

shape = fn
  {pid, [:alias | ref]} when is_pid(pid) and is_reference(ref) -> :alias_tag
  {pid, ref} when is_pid(pid) and is_reference(ref) -> :bare_reference
end

{:ok, g} = GenServer.start(Echo, nil)
IO.inspect(shape.(GenServer.call(g, :from)), label: "GenServer.call default")
IO.inspect(shape.(GenServer.call(g, :from, :infinity)), label: "GenServer.call :infinity")
IO.inspect(shape.(:gen_server.call(g, :from)), label: ":gen_server.call/2")
IO.inspect(shape.(:gen_server.call(g, :from, :infinity)), label: ":gen_server.call :infinity")
{:ok, from} = :gen.call(g, :"$gen_call", :from, :infinity)
IO.inspect(shape.(from), label: ":gen.call :infinity")
IO.inspect(GenServer.call(g, :later, :infinity), label: "later reply")
IO.inspect(GenServer.call(g, :later, 500), label: "later reply with timeout")

{:ok, m} = :gen_statem.start(Machine, [], [])
IO.inspect(shape.(:gen_statem.call(m, :from)), label: ":gen_statem.call/2")
IO.inspect(shape.(:gen_statem.call(m, :from, 1000)), label: ":gen_statem.call 1000")
IO.inspect(shape.(:gen_statem.call(m, :from, {:dirty_timeout, 1000})), label: "dirty_timeout")
IO.inspect(shape.(:gen_statem.call(m, :from, {:clean_timeout, :infinity})), label: "clean_timeout infinity")
IO.inspect(Process.info(self(), :messages), label: "left over")
