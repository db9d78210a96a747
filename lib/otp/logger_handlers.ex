defmodule Logger.Backends.Handlers do
  @moduledoc false
  # The Logger backends a program writes itself (Logger.add_backend(MyBackend)): gen_event
  # handlers, run in the Logger process (Logger.Backends.Console) as Elixir 1.14 runs them in its
  # own: init(MyBackend) when added, handle_event({level, gl, {Logger, message, timestamp,
  # metadata}}, state) for each entry and handle_event(:flush, state) for Logger.flush/0,
  # handle_call(request, state) for Logger.configure_backend/2 ({:configure, options}),
  # terminate(:ok, state) when removed.
  # `handlers`: [{module, state | :crashed}], the newest first (as gen_event adds a handler), the console's place among them.
  # A backend is a module or {module, id} (several of one module): init/1 gets it whole, as
  # Logger.Watcher hands it over.
  #
  # Each backend has its watcher, a process as Elixir's Logger.Watcher (its pid is
  # add_backend's answer; the Logger process keeps it under {:"$beamlet_watcher", id}). A handler
  # whose handle_event or handle_call fails gets terminate({:error, reason}, state) and gen_event's
  # report through Logger; its watcher hears {:gen_event_EXIT, id, reason}, writes its own report on
  # stderr when Logger has no other backend, logs its GenServer report and ends, and is restarted
  # as a :transient child of Logger.BackendSupervisor (max 30 restarts in 3 s): the new watcher adds
  # the handler again (init/1 anew), another one follows while init/1 fails. Past the supervisor's
  # intensity every backend goes (terminate(:ok, state)) and the environment's come back: the
  # console. Meanwhile the handler is {id, :crashed}: it gets nothing, remove_backend/1 answers :ok.

  @watcher :"$beamlet_watcher"
  # Logger.BackendSupervisor's restart intensity: max_restarts 30 in max_seconds 3
  @max_restarts 30
  @max_ms 3000

  @doc false
  def module({mod, _id}), do: mod
  def module(mod), do: mod

  # (the watcher starts first, as the supervisor starts it and it adds the handler; it ends when
  # init/1 fails)
  def add(handlers, id) do
    if List.keymember?(handlers, id, 0) do
      {{:error, :already_present}, handlers}
    else
      watcher = spawn(fn -> __watch__(id) end)

      # (as gen_event's catch Mod:init(Args): a thrown value is init's answer)
      case init(id) do
        {:ok, state} ->
          Process.put({@watcher, id}, watcher)
          {{:ok, watcher}, [{id, state} | handlers]}

        # (the watcher ends normally: its child stays, remove_backend/1 answers :ok once)
        {:error, :ignore} ->
          send(watcher, :"$beamlet_unwatch")
          {{:ok, watcher}, [{id, :crashed} | handlers]}

        # (the supervisor's answer: the watcher's stop reason and its child spec)
        {:error, reason} ->
          send(watcher, :"$beamlet_unwatch")
          {{:error, {reason, child_spec(id)}}, handlers}

        {:EXIT, _} = exit ->
          send(watcher, :"$beamlet_unwatch")
          {{:error, {exit, child_spec(id)}}, handlers}

        other ->
          send(watcher, :"$beamlet_unwatch")
          {{:error, other}, handlers}
      end
    end
  end

  # what gen_event's add_sup_handler answers for init/1 (a thrown value is init's answer)
  defp init(id) do
    case __catch__(module(id).init(id)) do
      {:ok, state, :hibernate} -> {:ok, state}
      other -> other
    end
  end

  defp child_spec(id), do: {:child, :undefined, id, {Logger.Watcher, :start_link, [{id, id}]}, :transient, false, 5000, :worker, [Logger.Watcher]}

  def remove(handlers, mod) do
    case List.keyfind(handlers, mod, 0) do
      nil ->
        {{:error, :not_found}, handlers}

      {_, :crashed} ->
        unwatch(mod)
        {:ok, List.keydelete(handlers, mod, 0)}

      {_, state} ->
        unwatch(mod)
        terminate(mod, :ok, state)
        {:ok, List.keydelete(handlers, mod, 0)}
    end
  end

  # its watcher ends (Logger.BackendSupervisor's terminate_child; a restarting one finds it gone)
  defp unwatch(id) do
    case Process.delete({@watcher, id}) do
      nil -> :ok
      watcher -> send(watcher, :"$beamlet_unwatch")
    end
  end

  # what a backend's handle_call/2 answered (from :gen_event.handle_msg/6, a thrown value being
  # the answer as gen_event's catch makes it): {reply, handlers}; one that raises or answers what
  # gen_event does not expect goes, as from handle_event/2
  def called(handlers, id, state, request, answer) do
    case answer do
      {:ok, reply, state} -> {reply, List.keyreplace(handlers, id, 0, {id, state})}
      {:ok, reply, state, :hibernate} -> {reply, List.keyreplace(handlers, id, 0, {id, state})}
      {:remove_handler, reply} -> {reply, List.keyreplace(handlers, id, 0, handled(id, state, :remove_handler, request))}
      {:EXIT, _} = failed -> {{:error, failed}, List.keyreplace(handlers, id, 0, gone(id, state, failed, request))}
      other -> {{:error, other}, List.keyreplace(handlers, id, 0, gone(id, state, other, request))}
    end
  end

  # what handle_event answered: the handler kept ({id, state}), or gone ({id, :crashed}: its
  # watcher stays, so remove_backend/1 still answers :ok) after terminate/2 is told why, as
  # gen_event's server_update/4: :remove_handler (its watcher ends normally), or {:error, reply}
  def handled(id, _state, {:ok, state}, _event), do: {id, state}
  def handled(id, _state, {:ok, state, :hibernate}, _event), do: {id, state}

  def handled(id, state, :remove_handler, _event) do
    terminate(id, :remove_handler, state)
    notify_watcher(id, :normal)
    {id, :crashed}
  end

  def handled(id, state, reply, event), do: gone(id, state, reply, event)

  # a handler that raised or exited (a thrown value is its answer, as gen_event's catch makes it)
  def crashed(id, state, :throw, value, _stacktrace, event), do: handled(id, state, value, event)
  def crashed(id, state, :exit, reason, _stacktrace, event), do: gone(id, state, {:EXIT, reason}, event)
  def crashed(id, state, :error, reason, stacktrace, event), do: gone(id, state, {:EXIT, {reason, stacktrace}}, event)

  # told why (its frames are gen_event's below it, as in Elixir's Logger process), then gen_event's
  # report through Logger (the last message is the event or the call's request) and the watcher's
  defp gone(id, state, reason, last) do
    terminate(id, {:error, reason}, state)
    Logger.__gen_event_terminated__(id, Logger, reason, last, state)
    notify_watcher(id, reason)
    {id, :crashed}
  end

  defp notify_watcher(id, reason) do
    case Process.get({@watcher, id}) do
      nil -> :ok
      watcher -> send(watcher, {:gen_event_EXIT, id, reason})
    end
  end

  @doc false
  # a backend's watcher (Logger.Watcher's handle_info/2): a normal end ends it; a failure is
  # reported on stderr only when Logger has no other backend (which_handlers is [Logger.Config]),
  # then it stops with the reason (its GenServer report through Logger) and is restarted
  def __watch__(id) do
    receive do
      {:gen_event_EXIT, ^id, reason} when reason in [:normal, :shutdown] ->
        :ok

      {:gen_event_EXIT, ^id, reason} ->
        __watcher_ended__(id, reason)
        spawn(fn -> __restart__(id) end)

      :"$beamlet_unwatch" ->
        :ok
    end
  end

  @doc false
  # a watcher told its handler failed: its report on stderr when Logger has no other handler
  # (which_handlers is [Logger.Config]), then its GenServer report as it stops with the reason
  def __watcher_ended__(id, reason) do
    alone? =
      try do
        :gen_event.which_handlers(Logger) == [Logger.Config]
      catch
        _, _ -> true
      end

    shown =
      case reason do
        {:EXIT, why} -> why
        other -> other
      end

    if alone?, do: IO.puts(:standard_error, [":gen_event handler ", inspect(id), " installed in Logger terminating\n** (exit) ", Exception.format_exit(shown)])
    Logger.__gen_server_terminated__(self(), reason, {:gen_event_EXIT, id, reason}, id, nil)
  end

  @doc false
  # the watcher restarted by the supervisor: it adds the handler again and watches it; one whose
  # init/1 fails ends and the next restart follows (the Logger process counts them)
  def __restart__(id) do
    case Logger.Backends.Console.__reinstall__(id, self()) do
      :ok -> __watch__(id)
      :failed -> spawn(fn -> __restart__(id) end)
      :gone -> :ok
    end
  end

  @doc false
  # in the Logger process: {answer, handlers}, answer :ok (back from init/1, the newest handler),
  # :failed (init/1 failed: still crashed), :gone (removed meanwhile: the supervisor deleted its
  # child) or :reset (past the supervisor's intensity: the caller resets every backend)
  def reinstall(handlers, id, watcher) do
    case List.keyfind(handlers, id, 0) do
      {_, :crashed} ->
        if restart_allowed?() do
          case init(id) do
            {:ok, state} ->
              Process.put({@watcher, id}, watcher)
              {:ok, [{id, state} | List.keydelete(handlers, id, 0)]}

            # (the new watcher ends normally and is not restarted)
            {:error, :ignore} ->
              {:gone, handlers}

            _ ->
              {:failed, handlers}
          end
        else
          {:reset, handlers}
        end

      _ ->
        {:gone, handlers}
    end
  end

  # (the supervisor's restarts in the last @max_ms milliseconds, one more now)
  defp restart_allowed? do
    now = :erlang.monotonic_time(:millisecond)
    recent = [now | Enum.filter(Process.get(:"$beamlet_restarts", []), &(now - &1 <= @max_ms))]
    Process.put(:"$beamlet_restarts", recent)
    length(recent) <= @max_restarts
  end

  @doc false
  # Logger.BackendSupervisor shut down (reached its intensity): each watcher ends, removing its
  # handler (terminate(:ok, state)), the newest first; the program's backends are gone
  def reset(handlers) do
    Process.delete(:"$beamlet_restarts")

    for {id, state} <- handlers, not match?({:"$beamlet_console", _}, {id, state}) do
      unwatch(id)
      if state != :crashed, do: terminate(id, :ok, state)
    end

    :ok
  end

  defp terminate(id, reason, state) do
    try do
      module(id).terminate(reason, state)
    catch
      _, _ -> :ok
    end
  end
end
