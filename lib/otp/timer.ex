defmodule :timer do
  @moduledoc "The parts of Erlang's :timer module beamlet provides."

  # microseconds between two erlang:now/0 (or :os.timestamp/0) triples
  def now_diff({mega2, sec2, micro2}, {mega1, sec1, micro1}) do
    ((mega2 - mega1) * 1_000_000 + (sec2 - sec1)) * 1_000_000 + (micro2 - micro1)
  end

  # (frames name OTP 25's timer.erl and, for tc, its lines, as stack traces through them show)
  @file "timer.erl"
  def sleep(time) do
    __at_line__(219, receive do
    after
      time -> :ok
    end)
  end

  @file "timer.erl"
  def tc(fun) when is_function(fun, 0) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = __at_line__(235, fun.())
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  @file "timer.erl"
  def tc(fun, args) when is_function(fun) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = __at_line__(250, apply(fun, args))
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  @file "timer.erl"
  def tc(mod, fun, args) do
    t0 = :erlang.monotonic_time(:microsecond)
    value = __at_line__(266, apply(mod, fun, args))
    {:erlang.monotonic_time(:microsecond) - t0, value}
  end

  # One-shot timers that only send to a local pid are plain :erlang.send_after timers
  # ({:send_local, ref}); the others (registered names, apply, exit, intervals) live in the
  # :timer_server process, started on first use as OTP 25 does. A time of 0 acts at once
  # ({:instant, ref}).
  defguardp valid_time(t) when is_integer(t) and t >= 0
  defguardp valid_mfa(m, f, a) when is_atom(m) and is_atom(f) and is_list(a)

  def send_after(time, msg), do: send_after(time, self(), msg)

  def send_after(0, dest, msg) when is_pid(dest) or is_atom(dest) do
    send(dest, msg)
    {:ok, {:instant, make_ref()}}
  end

  def send_after(0, {name, node} = dest, msg) when is_atom(name) and is_atom(node) do
    send(dest, msg)
    {:ok, {:instant, make_ref()}}
  end

  def send_after(time, dest, msg) when valid_time(time) and is_pid(dest) and node(dest) == node() do
    {:ok, {:send_local, :erlang.send_after(time, dest, msg)}}
  end

  def send_after(time, dest, msg) when is_pid(dest) or is_atom(dest),
    do: apply_after(time, :timer, :send, [dest, msg])

  def send_after(time, {name, node} = dest, msg) when is_atom(name) and is_atom(node),
    do: apply_after(time, :timer, :send, [dest, msg])

  def send_after(_time, _dest, _msg), do: {:error, :badarg}

  def apply_after(0, m, f, a) when valid_mfa(m, f, a) do
    run_action({m, f, a})
    {:ok, {:instant, make_ref()}}
  end

  def apply_after(time, m, f, a) when valid_time(time) and valid_mfa(m, f, a),
    do: request({:apply_once, time, {m, f, a}})

  def apply_after(_time, _m, _f, _a), do: {:error, :badarg}

  def exit_after(time, reason), do: exit_after(time, self(), reason)
  def exit_after(time, target, reason), do: apply_after(time, :erlang, :exit, [target, reason])
  def kill_after(time), do: exit_after(time, self(), :kill)
  def kill_after(time, target), do: exit_after(time, target, :kill)

  def send_interval(time, msg), do: send_interval(time, self(), msg)

  def send_interval(time, dest, msg) when valid_time(time) and is_pid(dest),
    do: request({:apply_interval, time, dest, {:timer, :send, [dest, msg]}})

  # a registered name is looked up at each tick; the timer then serves the caller
  def send_interval(time, dest, msg) when valid_time(time) and is_atom(dest),
    do: request({:apply_interval, time, self(), {:timer, :send, [dest, msg]}})

  def send_interval(_time, _dest, _msg), do: {:error, :badarg}

  def apply_interval(time, m, f, a) when valid_time(time) and valid_mfa(m, f, a),
    do: request({:apply_interval, time, self(), {m, f, a}})

  def apply_interval(_time, _m, _f, _a), do: {:error, :badarg}

  def cancel({:instant, ref}) when is_reference(ref), do: {:ok, :cancel}

  def cancel({:send_local, ref}) when is_reference(ref) do
    :erlang.cancel_timer(ref)
    {:ok, :cancel}
  end

  def cancel({kind, ref} = tref) when kind in [:once, :interval] and is_reference(ref), do: request({:cancel, tref})
  def cancel(_), do: {:error, :badarg}

  defp request(req) do
    server =
      case Process.whereis(:timer_server) do
        nil ->
          case GenServer.start(:timer, [], name: :timer_server) do
            {:ok, pid} -> pid
            {:error, {:already_started, pid}} -> pid
          end

        pid ->
          pid
      end

    GenServer.call(server, req, :infinity)
  end

  # ---- the timer server: %{ref => :once | {loop_pid, tag}} ----

  @doc false
  def start do
    request({:cancel, {:once, make_ref()}})
    :ok
  end

  @doc false
  def init([]) do
    Process.flag(:trap_exit, true)
    {:ok, %{}}
  end

  @doc false
  def handle_call({:apply_once, time, mfa}, _from, timers) do
    ref = :erlang.start_timer(time, self(), {:apply_once, mfa})
    {:reply, {:ok, {:once, ref}}, Map.put(timers, ref, :once)}
  end

  # an interval timer is the server's own timer, its reference the monitor of the process it
  # serves (the timer ends when that process does); no process of its own, as in OTP 25
  def handle_call({:apply_interval, time, target, mfa}, _from, timers) do
    tref = Process.monitor(target)
    due = :erlang.monotonic_time(:millisecond) + time
    {:reply, {:ok, {:interval, tref}}, Map.put(timers, tref, {:interval, schedule(due, time, tref, mfa)})}
  end

  def handle_call({:cancel, {_kind, ref}}, _from, timers) do
    case Map.pop(timers, ref) do
      {:once, rest} ->
        :erlang.cancel_timer(ref)
        {:reply, {:ok, :cancel}, rest}

      {{:interval, timer}, rest} ->
        cancel_tick(timer)
        Process.demonitor(ref, [:flush])
        {:reply, {:ok, :cancel}, rest}

      {nil, _} ->
        {:reply, {:ok, :cancel}, timers}
    end
  end

  def handle_call(_request, _from, timers), do: {:noreply, timers}

  @doc false
  def handle_info({:timeout, ref, {:apply_once, mfa}}, timers) do
    case Map.pop(timers, ref) do
      {:once, rest} ->
        run_action(mfa)
        {:noreply, rest}

      {_, _} ->
        {:noreply, timers}
    end
  end

  # each tick is due `time` after the previous one's deadline, so the ticks do not drift by the
  # time spent acting; a deadline already past ticks at once
  def handle_info({:timeout, timer, {:apply_interval, due, time, tref, mfa}}, timers) do
    case timers do
      %{^tref => {:interval, ^timer}} ->
        timers = Map.put(timers, tref, {:interval, schedule(due + time, time, tref, mfa)})
        run_action(mfa)
        {:noreply, timers}

      _ ->
        {:noreply, timers}
    end
  end

  def handle_info({:DOWN, ref, :process, _pid, _reason}, timers) do
    case Map.pop(timers, ref) do
      {{:interval, timer}, rest} ->
        cancel_tick(timer)
        {:noreply, rest}

      {_, _} ->
        {:noreply, timers}
    end
  end
  def handle_info(_msg, timers), do: {:noreply, timers}

  @doc false
  def handle_cast(_msg, timers), do: {:noreply, timers}

  @doc false
  def terminate(_reason, _timers), do: :ok

  @doc false
  def code_change(_old, timers, _extra), do: {:ok, timers}

  defp schedule(due, time, tref, mfa) do
    msg = {:apply_interval, due, time, tref, mfa}

    if due <= :erlang.monotonic_time(:millisecond) do
      timer = make_ref()
      send(self(), {:timeout, timer, msg})
      timer
    else
      :erlang.start_timer(due - :erlang.monotonic_time(:millisecond), self(), msg)
    end
  end

  defp cancel_tick(timer), do: :erlang.cancel_timer(timer, async: true, info: false)

  # sends and exits happen in place (an exit to a registered name resolves it first); anything
  # else runs in a fresh process, as spawn(m, f, a)
  defp run_action({:timer, :send, [dest, msg]}) do
    try do
      send(dest, msg)
    catch
      _, _ -> :error
    end
  end

  defp run_action({:erlang, :exit, [target, reason]}) do
    pid = if is_atom(target), do: Process.whereis(target), else: target

    try do
      if is_pid(pid), do: Process.exit(pid, reason)
    catch
      _, _ -> :error
    end
  end

  defp run_action({m, f, a}) do
    try do
      spawn(m, f, a)
    catch
      :error, :badarg -> :error
    end
  end

  def seconds(s), do: s * 1000
  def minutes(m), do: m * 60_000
  def hours(h), do: h * 3_600_000
  def hms(h, m, s), do: h * 3_600_000 + m * 60_000 + s * 1000
end
