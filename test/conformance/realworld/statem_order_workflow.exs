defmodule Order do
  @behaviour :gen_statem

  def start_link(id), do: :gen_statem.start_link(__MODULE__, id, [])
  def pay(pid, amt), do: :gen_statem.call(pid, {:pay, amt})
  def ship(pid), do: :gen_statem.call(pid, :ship)
  def cancel(pid), do: :gen_statem.cast(pid, :cancel)
  def status(pid), do: :gen_statem.call(pid, :status)

  @impl true
  def callback_mode, do: [:state_functions, :state_enter]

  @impl true
  def init(id) do
    {:ok, :pending, %{id: id, paid: 0, log: []}, [{:state_timeout, 200, :expire}]}
  end

  def pending(:enter, old, data), do: {:keep_state, log(data, {:enter, :pending, old})}
  def pending({:call, from}, {:pay, amt}, data) when amt >= 100 do
    {:next_state, :paid, %{data | paid: amt}, [{:reply, from, {:ok, :paid}}]}
  end
  def pending({:call, from}, {:pay, amt}, data) do
    {:keep_state, %{data | paid: data.paid + amt}, [{:reply, from, {:error, :insufficient, data.paid + amt}}]}
  end
  def pending({:call, _from}, :ship, _data), do: {:keep_state_and_data, [:postpone]}
  def pending(:state_timeout, :expire, data), do: {:next_state, :expired, log(data, :timeout)}
  def pending(event_type, event, data), do: handle_common(event_type, event, :pending, data)

  def paid(:enter, old, data), do: {:keep_state, log(data, {:enter, :paid, old}), [{:timeout, 50, :nudge}]}
  def paid({:call, from}, :ship, data), do: {:next_state, :shipped, data, [{:reply, from, :shipping}]}
  def paid(:timeout, :nudge, data), do: {:keep_state, log(data, :nudged)}
  def paid(event_type, event, data), do: handle_common(event_type, event, :paid, data)

  def shipped(:enter, old, data), do: {:keep_state, log(data, {:enter, :shipped, old})}
  def shipped(event_type, event, data), do: handle_common(event_type, event, :shipped, data)

  def expired(:enter, _old, data), do: {:keep_state, log(data, :expired)}
  def expired(event_type, event, data), do: handle_common(event_type, event, :expired, data)

  def cancelled(:enter, _old, data), do: {:keep_state, log(data, :cancelled)}
  def cancelled(event_type, event, data), do: handle_common(event_type, event, :cancelled, data)

  defp handle_common({:call, from}, :status, state, data),
    do: {:keep_state_and_data, [{:reply, from, {state, data.paid, Enum.reverse(data.log)}}]}
  defp handle_common(:cast, :cancel, state, data) when state in [:pending, :paid],
    do: {:next_state, :cancelled, data}
  defp handle_common({:call, from}, msg, state, _data),
    do: {:keep_state_and_data, [{:reply, from, {:error, {:bad_event, state, msg}}}]}
  defp handle_common(_type, _msg, _state, _data), do: :keep_state_and_data

  defp log(data, entry), do: %{data | log: [entry | data.log]}
end

defmodule Light do
  @behaviour :gen_statem
  def init(n), do: {:ok, :off, n}
  def callback_mode, do: :handle_event_function

  def handle_event({:call, from}, :flip, :off, n), do: {:next_state, :on, n + 1, [{:reply, from, :on}]}
  def handle_event({:call, from}, :flip, :on, n), do: {:next_state, :off, n, [{:reply, from, :off}]}
  def handle_event({:call, from}, :count, _s, n), do: {:keep_state_and_data, [{:reply, from, n}]}
  def handle_event(:info, {:set, s}, _old, n), do: {:next_state, s, n}
  def handle_event({:call, from}, :later, _s, n), do: {:keep_state, n, [{:next_event, :internal, {:reply_to, from}}]}
  def handle_event(:internal, {:reply_to, from}, s, _n), do: {:keep_state_and_data, [{:reply, from, {:internal, s}}]}
  def handle_event({:timeout, :gen}, msg, s, n), do: {:keep_state, n, []} |> tap(fn _ -> IO.inspect({:generic_timeout, msg, s}) end)
  def handle_event({:call, from}, :arm, _s, _n), do: {:keep_state_and_data, [{:reply, from, :armed}, {{:timeout, :gen}, 20, :ding}]}
end

{:ok, o} = Order.start_link(1)
IO.inspect(Order.pay(o, 30))
me = self()
spawn(fn -> send(me, {:ship_reply, Order.ship(o)}) end)
Process.sleep(20)
IO.inspect(Order.status(o))
IO.inspect(Order.pay(o, 80))
receive do
  {:ship_reply, r} -> IO.inspect(r, label: "postponed ship")
end
Process.sleep(80)
IO.inspect(Order.status(o))
IO.inspect(Order.pay(o, 5))
Order.cancel(o)
IO.inspect(Order.status(o))

{:ok, o2} = Order.start_link(2)
Process.sleep(250)
IO.inspect(Order.status(o2))
Order.cancel(o2)
IO.inspect(Order.status(o2))

{:ok, o3} = Order.start_link(3)
Order.cancel(o3)
IO.inspect(Order.status(o3))

{:ok, l} = :gen_statem.start(Light, 0, [])
IO.inspect(for _ <- 1..5, do: :gen_statem.call(l, :flip))
IO.inspect(:gen_statem.call(l, :count))
send(l, {:set, :broken})
IO.inspect(:gen_statem.call(l, :later))
IO.inspect(:sys.get_state(l))
IO.inspect(:gen_statem.call(l, :arm))
Process.sleep(50)
IO.inspect(:gen_statem.call(l, :count))
IO.inspect(:gen_statem.stop(l))
IO.inspect(Process.alive?(l))
r = try do
  :gen_statem.call(l, :count, 10)
catch
  :exit, reason -> {:exit, reason}
end
IO.inspect(r)
