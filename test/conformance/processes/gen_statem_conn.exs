defmodule Conn do
  @behaviour :gen_statem
  def callback_mode, do: [:handle_event_function, :state_enter]
  def init(opts) do
    case opts do
      :stop -> {:stop, :no_way}
      :ignore -> :ignore
      :bad -> :bad
      :raise -> raise ArgumentError, "init raised"
      _ -> {:ok, :disconnected, %{tries: 0, queue: []}, [{:next_event, :internal, :connect}]}
    end
  end
  def handle_event(:enter, old, state, data), do: (IO.inspect({:enter, old, state}); {:keep_state, data})
  def handle_event(:internal, :connect, :disconnected, data) do
    tries = data.tries + 1
    if tries < 3 do
      IO.puts("connect attempt #{tries} failed")
      {:keep_state, %{data | tries: tries}, [{{:timeout, :retry}, 100, :again}]}
    else
      {:next_state, :connected, %{data | tries: tries}}
    end
  end
  def handle_event({:timeout, :retry}, :again, :disconnected, data), do: {:keep_state, data, [{:next_event, :internal, :connect}]}
  def handle_event({:call, _from}, {:send, _msg}, :disconnected, _data), do: {:keep_state_and_data, [:postpone]}
  def handle_event({:call, from}, {:send, msg}, :connected, data), do: {:keep_state, %{data | queue: [msg | data.queue]}, [{:reply, from, :sent}, {:timeout, 30, :idle}]}
  def handle_event(:timeout, :idle, :connected, data), do: (IO.puts("idle timeout, queue #{inspect(data.queue)}"); {:repeat_state, data})
  def handle_event({:call, from}, :later, _state, data) do
    spawn(fn -> Process.sleep(5); :gen_statem.reply(from, :late_reply) end)
    {:keep_state, data}
  end
  def handle_event({:call, from}, :quit, _state, data), do: {:stop_and_reply, :normal, [{:reply, from, :bye}], data}
  def handle_event(:cast, {:die, r}, _state, _data), do: {:stop, r}
  def handle_event(:cast, :throw, _state, _data), do: throw(:keep_state_and_data)
  def handle_event(:cast, :bad, _state, _data), do: {:what, :ever}
  def handle_event({:call, from}, :state, state, data), do: {:keep_state_and_data, {:reply, from, {state, data}}}
  def terminate(reason, state, _data), do: IO.inspect({:terminate, reason, state})
  def code_change(old, state, data, extra), do: (IO.inspect({:code_change, old, extra}); {:ok, state, Map.put(data, :upgraded, true)})
end

defmodule Run do
  def watch(arg) do
    {:ok, pid} = :gen_statem.start(Conn, arg, [])
    ref = Process.monitor(pid)
    {pid, ref}
  end
  def down({_pid, ref}) do
    receive do
      {:DOWN, ^ref, :process, _, reason} -> reason
    end
  end
  def go do
    IO.inspect(:gen_statem.start(Conn, :stop, []))
    IO.inspect(:gen_statem.start(Conn, :ignore, []))
    IO.inspect(:gen_statem.start(Conn, :bad, []))
    IO.inspect(:gen_statem.start(Conn, :raise, []))
    {pid, _} = w = watch(:ok)
    IO.inspect(:gen_statem.call(pid, {:send, "a"}))
    IO.inspect(:gen_statem.call(pid, {:send, "b"}))
    Process.sleep(90)
    IO.inspect(:gen_statem.call(pid, :later))
    IO.inspect(:gen_statem.call(pid, :state))
    :sys.suspend(pid)
    IO.inspect(:sys.change_code(pid, Conn, "1", :extra))
    :sys.resume(pid)
    IO.inspect(:gen_statem.call(pid, :state))
    IO.inspect(:gen_statem.call(pid, :quit))
    IO.inspect(down(w))
    w = watch(:ok)
    :gen_statem.cast(elem(w, 0), {:die, :shutdown})
    IO.inspect(down(w))
    w = watch(:ok)
    :gen_statem.cast(elem(w, 0), :throw)
    IO.inspect(:gen_statem.call(elem(w, 0), :state) |> elem(0))
    :gen_statem.cast(elem(w, 0), :bad)
    IO.inspect(down(w))
    w = watch(:ok)
    :gen_statem.cast(elem(w, 0), {:die, {:custom, 1}})
    IO.inspect(down(w))
    IO.inspect(try do :gen_statem.call(:nobody, :x) catch :exit, r -> r end)
    w = watch(:ok)
    IO.inspect(try do :gen_statem.call(elem(w, 0), :later, 1) catch :exit, r -> r end)
    IO.inspect(try do :gen_statem.call(elem(w, 0), :quit, {:dirty_timeout, 100}) catch :exit, r -> r end)
    IO.inspect(down(w))
    IO.inspect(try do :gen_statem.stop(:nobody) catch :exit, r -> r end)
    Process.sleep(20)
  end
end
Run.go()
