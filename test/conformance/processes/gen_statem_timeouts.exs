defmodule T do
  @behaviour :gen_statem
  def callback_mode, do: :handle_event_function
  def init(_), do: {:ok, :a, [], [{:timeout, 0, :zero}]}
  def handle_event(type, content, state, log) when type in [:timeout, :state_timeout, :internal] or is_tuple(type) and elem(type, 0) == :timeout do
    _ = state
    {:keep_state, [content | log]}
  end
  def handle_event({:call, from}, :log, _s, log), do: {:keep_state_and_data, [{:reply, from, Enum.reverse(log)}]}
  def handle_event({:call, from}, :go, :a, log),
    do: {:next_state, :b, log, [{:reply, from, :ok}, {:state_timeout, 0, :st0}, {{:timeout, :g}, 0, :g0}, {:next_event, :internal, :first}, {:next_event, :internal, :second}]}
  def handle_event({:call, from}, :arm, _s, log),
    do: {:keep_state, log, [{:reply, from, :armed}, {{:timeout, :g}, 50, :g50}, {:state_timeout, 60, :st60}]}
  def handle_event({:call, from}, :update, _s, log),
    do: {:keep_state, log, [{:reply, from, :updated}, {{:timeout, :g}, :update, :g_updated}, {:state_timeout, :cancel}]}
  def handle_event({:call, from}, :postpone_me, :b, _log), do: {:keep_state_and_data, [:postpone]}
  def handle_event({:call, from}, :postpone_me, :c, log), do: {:keep_state, log, [{:reply, from, :finally}]}
  def handle_event(:cast, :to_c, _, log), do: {:next_state, :c, log, [{:timeout, 20, :idle}]}
  def handle_event(:info, m, _, log), do: {:keep_state, [{:info, m} | log]}
end
defmodule Run do
  def go do
    {:ok, p} = :gen_statem.start_link(T, [], [])
    IO.inspect(:gen_statem.call(p, :log))
    IO.inspect(:gen_statem.call(p, :go))
    IO.inspect(:gen_statem.call(p, :log))
    IO.inspect(:gen_statem.call(p, :arm))
    IO.inspect(:gen_statem.call(p, :update))
    Process.sleep(100)
    IO.inspect(:gen_statem.call(p, :log))
    me = self()
    spawn(fn -> send(me, {:r, :gen_statem.call(p, :postpone_me)}) end)
    spawn(fn -> send(me, {:r, :gen_statem.call(p, :postpone_me)}) end)
    Process.sleep(10)
    {:status, _, mod, [_, status, _, _, info]} = :sys.get_status(p)
    IO.inspect({mod, status})
    IO.inspect(info[:header])
    IO.inspect(Keyword.get_values(info, :data) |> Enum.map(fn d -> Enum.map(d, &elem(&1, 0)) end))
    :gen_statem.cast(p, :to_c)
    receive do {:r, x} -> IO.inspect(x) end
    receive do {:r, x} -> IO.inspect(x) end
    send(p, :ping)
    Process.sleep(40)
    IO.inspect(:gen_statem.call(p, :log))
    IO.inspect(:gen_statem.call(p, :log) |> length)
    Process.sleep(40)
    IO.inspect(:gen_statem.call(p, :log) |> length)
    IO.inspect(:sys.get_state(p) |> elem(0))
    {:ok, q} = :gen_statem.start({:local, :named_sm}, T, [], [])
    {:status, _, _, [_, _, _, _, info]} = :sys.get_status(:named_sm)
    IO.inspect(info[:header])
    IO.inspect(:gen_statem.start({:local, :named_sm}, T, [], []) |> elem(1) |> elem(0))
    req = :gen_statem.send_request(q, :log)
    IO.inspect(:gen_statem.receive_response(req, 1000))
  end
end
Run.go()
