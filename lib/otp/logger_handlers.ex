defmodule Logger.Backends.Handlers do
  @moduledoc false
  # The Logger backends a program writes itself (Logger.add_backend(MyBackend)): gen_event
  # handlers, run in the Logger process (Logger.Backends.Console) as Elixir 1.14 runs them in its
  # own: init(MyBackend) when added, handle_event({level, gl, {Logger, message, timestamp,
  # metadata}}, state) for each entry and handle_event(:flush, state) for Logger.flush/0,
  # handle_call(request, state) for Logger.configure_backend/2 ({:configure, options}),
  # terminate(:ok, state) when removed.
  # `handlers`: [{module, state | :crashed}], the newest first (as gen_event adds a handler), the
  # console's place among them; :crashed: removed (it gets nothing) while its child stays.
  # A backend is a module or {module, id} (several of one module): init/1 gets it whole, as
  # Logger.Watcher hands it over.
  #
  # Each backend has its watcher, a Logger.Watcher GenServer (its pid is add_backend's answer)
  # that adds the handler from its init/1 (:gen_event.add_sup_handler/3, linked to it as
  # gen_event links a supervised handler's owner). The Logger process keeps what
  # Logger.BackendSupervisor keeps on the BEAM: each backend's child, {:"$beamlet_watcher", id}
  # => the watcher's pid, :ended once it ended normally (its pid :undefined in the supervisor) (the child stays: remove_backend/1
  # answers :ok once), or :restarting. A handler whose handle_event or handle_call fails gets
  # terminate({:error, reason}, state) and gen_event's report through Logger; its watcher hears
  # {:gen_event_EXIT, id, reason}, writes its own report on stderr when Logger has no other
  # backend, and stops with the reason (its GenServer report); as a :transient child it is
  # restarted (max 30 restarts in 3 s): the new watcher adds the handler again (init/1 anew),
  # another one follows while init/1 fails. Past the supervisor's intensity every backend goes
  # (terminate(:ok, state)) and the environment's come back: the console.

  @watcher :"$beamlet_watcher"
  # Logger.BackendSupervisor's restart intensity: max_restarts 30 in max_seconds 3
  @max_restarts 30
  @max_ms 3000

  @doc false
  def module({mod, _id}), do: mod
  def module(mod), do: mod

  @doc false
  # the supervisor's start_child/2 before the watcher starts: {:error, :already_present} while
  # the backend's watcher runs; a child whose watcher ended is deleted first (as Elixir's
  # Logger.BackendSupervisor.watch/1 does on :already_present)
  def start_child(handlers, id) do
    case Process.get({@watcher, id}) do
      pid when is_pid(pid) ->
        {{:error, :already_present}, handlers}

      _ ->
        Process.delete({@watcher, id})
        {:ok, handlers}
    end
  end

  @doc false
  # :gen_event.add_sup_handler(Logger, id, args) from the backend's watcher: init/1's answer
  # (gen_event's server_add_handler/4, in its frames), the handler added and linked to the
  # watcher on {:ok, state}; a child kept for {:error, :ignore} (its watcher ends normally)
  def add_sup(handlers, id, sup, answer) do
    case answer do
      {:ok, state} -> added(handlers, id, state, sup)
      {:ok, state, :hibernate} -> added(handlers, id, state, sup)
      {:error, :ignore} = ignore -> (Process.put({@watcher, id}, :ended); {ignore, handlers})
      other -> {other, handlers}
    end
  end

  defp added(handlers, id, state, sup) do
    Process.link(sup)
    Process.put({@watcher, id}, sup)
    {:ok, [{id, state} | List.keydelete(handlers, id, 0)]}
  end

  @doc false
  # :gen_event.delete_handler(Logger, id, args) (a watcher's init/1 and terminate/2): the
  # handler's terminate(args, state) is the answer, {:error, :module_not_found} without one
  def delete(handlers, id, args) do
    case List.keyfind(handlers, id, 0) do
      {_, state} when state != :crashed ->
        reply = terminate(id, args, state)
        {reply, List.keydelete(handlers, id, 0)}

      _ ->
        {{:error, :module_not_found}, handlers}
    end
  end

  @doc false
  # remove_backend/1: the child deleted (the caller then shuts its watcher down, whose
  # terminate/2 deletes the handler): its watcher's pid, :ended, or nil without one
  def delete_child(handlers, id) do
    case Process.delete({@watcher, id}) do
      nil ->
        {nil, handlers}

      child ->
        handlers = if match?({_, :crashed}, List.keyfind(handlers, id, 0)), do: List.keydelete(handlers, id, 0), else: handlers
        {child, handlers}
    end
  end

  @doc false
  # a linked process ended (the Logger process traps exits): a watcher whose handler is still
  # there takes it away (terminate({:stop, reason}, state), as gen_event does); a watcher that
  # stopped abnormally is restarted, one that ended normally leaves its child (:ended)
  def exited(handlers, pid, reason) do
    case find_child(pid) do
      nil ->
        handlers

      id ->
        handlers =
          case List.keyfind(handlers, id, 0) do
            {_, state} when state != :crashed ->
              terminate(id, {:stop, reason}, state)
              List.keydelete(handlers, id, 0)

            _ ->
              handlers
          end

        if reason in [:normal, :shutdown] or match?({:shutdown, _}, reason) do
          Process.put({@watcher, id}, :ended)
        else
          Process.put({@watcher, id}, :restarting)
          :proc_lib.spawn(fn -> Logger.Watcher.__restart__(id) end)
        end

        handlers
    end
  end

  defp find_child(pid) do
    Enum.find_value(Process.get(), fn
      {{@watcher, id}, ^pid} -> id
      _ -> nil
    end)
  end

  @doc false
  def child_spec(id), do: {:child, :undefined, id, {Logger.Watcher, :start_link, [{id, id}]}, :transient, false, 5000, :worker, [Logger.Watcher]}

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
  # a watcher told its handler failed: its report on stderr when Logger has no other handler
  # (which_handlers is [Logger.Config]); its GenServer report follows as it stops
  def __watcher_report__(id, reason) do
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
    :ok
  end

  @doc false
  # the console's watcher told it failed (a process that stands for it): its report, then its
  # GenServer report as it stops
  def __watcher_ended__(id, reason) do
    __watcher_report__(id, reason)
    Logger.__gen_server_terminated__(self(), reason, {:gen_event_EXIT, id, reason}, id, nil)
  end

  @doc false
  # in the Logger process: {answer, handlers}, answer :ok (back from init/1, the newest handler),
  # :failed (init/1 failed: still crashed), :gone (removed meanwhile: the supervisor deleted its
  # child) or :reset (past the supervisor's intensity: the caller resets every backend)
  def reinstall(handlers, id, watcher) do
    case Process.get({@watcher, id}) do
      :restarting ->
        if restart_allowed?() do
          case init(id) do
            {:ok, state} ->
              {:ok, handlers} = added(handlers, id, state, watcher)
              {:ok, handlers}

            # (the new watcher ends normally and is not restarted: its child stays)
            {:error, :ignore} ->
              Process.put({@watcher, id}, :ended)
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

  # what gen_event's add_sup_handler answers for init/1 (a thrown value is init's answer)
  defp init(id) do
    case __catch__(module(id).init(id)) do
      {:ok, state, :hibernate} -> {:ok, state}
      other -> other
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

    for {{@watcher, id}, child} <- Process.get() do
      Process.delete({@watcher, id})

      if is_pid(child) do
        Process.unlink(child)
        Process.exit(child, :kill)
      end
    end

    for {id, state} <- handlers, not match?({:"$beamlet_console", _}, {id, state}), state != :crashed, do: terminate(id, :ok, state)
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
