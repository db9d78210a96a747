defmodule DynamicSupervisor do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @callback init(term) :: term

  @moduledoc """
  A supervisor that starts children on demand (start_child/2), as Elixir's: one strategy
  (:one_for_one), :max_children, :extra_arguments prepended to every child's start arguments,
  restarts counted against max_restarts/max_seconds. Children are kept by pid; the child
  specifications are checked by :supervisor.check_spec/1 and stopped by its shutdown logic.
  """

  # the supervisor's state, as Elixir 1.14's (what :sys.get_state/1 shows): children is
  # pid => {mfa, restart, shutdown, type, modules} ({:restarting, that} while a restart is
  # retried; a temporary child's args are :undefined), restarts monotonic seconds, newest first
  defstruct [
    :args,
    :extra_arguments,
    :mod,
    :name,
    :strategy,
    :max_children,
    :max_restarts,
    :max_seconds,
    children: %{},
    restarts: []
  ]

  def child_spec(options) when is_list(options) do
    id = Keyword.get(options, :name, DynamicSupervisor)
    %{id: id, start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  # ---- starting -----------------------------------------------------------------------------------

  def start_link(options) when is_list(options) do
    keys = [:extra_arguments, :max_children, :max_seconds, :max_restarts, :strategy]
    {sup_opts, start_opts} = Keyword.split(options, keys)
    start_link(Supervisor.Default, init(sup_opts), start_opts)
  end

  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    GenServer.start_link(DynamicSupervisor, {module, init_arg, Keyword.get(options, :name)}, options)
  end

  def init(options) when is_list(options) do
    strategy = Keyword.get(options, :strategy, :one_for_one)

    flags = %{
      strategy: strategy,
      intensity: Keyword.get(options, :max_restarts, 3),
      period: Keyword.get(options, :max_seconds, 5),
      max_children: Keyword.get(options, :max_children, :infinity),
      extra_arguments: Keyword.get(options, :extra_arguments, [])
    }

    {:ok, flags}
  end

  # ---- the API ------------------------------------------------------------------------------------

  # the spec is checked in the caller, as Elixir 1.14 does: an invalid one is {:error, reason}
  # without reaching the supervisor (a map without :id or :start is {:invalid_child_spec, map};
  # a :type other than :worker/:supervisor is a CaseClauseError; :significant is not checked,
  # as in Elixir 1.14.0)
  def start_child(supervisor, {_, _, _, _, _, _} = child_spec), do: validate_and_start_child(supervisor, child_spec)
  # (its frame at the line of Elixir's lib/dynamic_supervisor.ex)
  def start_child(supervisor, child_spec), do: validate_and_start_child(supervisor, __at_line__(400, Supervisor.child_spec(child_spec, [])))

  defp validate_and_start_child(supervisor, child_spec) do
    case validate_child(child_spec) do
      {:ok, child} -> GenServer.call(supervisor, {:start_child, child}, :infinity)
      error -> {:error, error}
    end
  end

  defp validate_child(%{id: _, start: {mod, _, _} = start} = child) do
    restart = Map.get(child, :restart, :permanent)
    type = Map.get(child, :type, :worker)
    modules = Map.get(child, :modules, [mod])
    significant = Map.get(child, :significant, false)

    shutdown =
      case type do
        :worker -> Map.get(child, :shutdown, 5_000)
        :supervisor -> Map.get(child, :shutdown, :infinity)
      end

    validate_child(start, restart, shutdown, type, modules, significant)
  end

  defp validate_child({_, start, restart, shutdown, type, modules}), do: validate_child(start, restart, shutdown, type, modules, false)
  defp validate_child(other), do: {:invalid_child_spec, other}

  # (the request names the child as Elixir 1.14's does, without :significant)
  defp validate_child(start, restart, shutdown, type, modules, _significant) do
    with :ok <- validate_start(start),
         :ok <- validate_restart(restart),
         :ok <- validate_shutdown(shutdown),
         :ok <- validate_type(type),
         :ok <- validate_modules(modules) do
      {:ok, {start, restart, shutdown, type, modules}}
    end
  end

  defp validate_start({m, f, args}) when is_atom(m) and is_atom(f) and is_list(args), do: :ok
  defp validate_start(mfa), do: {:invalid_mfa, mfa}

  defp validate_type(type) when type in [:supervisor, :worker], do: :ok
  defp validate_type(type), do: {:invalid_child_type, type}

  defp validate_restart(restart) when restart in [:permanent, :temporary, :transient], do: :ok
  defp validate_restart(restart), do: {:invalid_restart_type, restart}

  defp validate_shutdown(shutdown) when is_integer(shutdown) and shutdown > 0, do: :ok
  defp validate_shutdown(shutdown) when shutdown in [:infinity, :brutal_kill], do: :ok
  defp validate_shutdown(shutdown), do: {:invalid_shutdown, shutdown}

  defp validate_modules(:dynamic), do: :ok

  defp validate_modules(mods) do
    if is_list(mods) and Enum.all?(mods, &is_atom/1), do: :ok, else: {:invalid_modules, mods}
  end

  def terminate_child(supervisor, pid) when is_pid(pid), do: GenServer.call(supervisor, {:terminate_child, pid}, :infinity)
  def which_children(supervisor), do: GenServer.call(supervisor, :which_children, :infinity)
  def count_children(supervisor), do: GenServer.call(supervisor, :count_children, :infinity)

  def stop(supervisor, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(supervisor, reason, timeout)

  # ---- the supervisor process ---------------------------------------------------------------------

  @doc false
  def init({mod, init_arg, name}) do
    Process.put(:"$initial_call", {:supervisor, mod, 1})
    Process.flag(:trap_exit, true)

    case __at_line__(594, mod.init(init_arg)) do
      {:ok, flags} when is_map(flags) ->
        name =
          cond do
            is_nil(name) -> {self(), mod}
            is_atom(name) -> {:local, name}
            is_tuple(name) -> name
          end

        state = %DynamicSupervisor{mod: mod, args: init_arg, name: name}

        case init_flags(state, flags) do
          {:ok, state} -> {:ok, state}
          {:error, reason} -> {:stop, {:supervisor_data, reason}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {mod, :init, other}}}
    end
  end

  defp init_flags(state, flags) do
    extra_arguments = Map.get(flags, :extra_arguments, [])
    max_children = Map.get(flags, :max_children, :infinity)
    max_restarts = Map.get(flags, :intensity, 1)
    max_seconds = Map.get(flags, :period, 5)
    strategy = Map.get(flags, :strategy, :one_for_one)

    cond do
      strategy != :one_for_one ->
        {:error, {:invalid_strategy, strategy}}

      not (is_integer(max_restarts) and max_restarts >= 0) ->
        {:error, {:invalid_intensity, max_restarts}}

      not (is_integer(max_seconds) and max_seconds > 0) ->
        {:error, {:invalid_period, max_seconds}}

      not (max_children == :infinity or (is_integer(max_children) and max_children >= 0)) ->
        {:error, {:invalid_max_children, max_children}}

      not is_list(extra_arguments) ->
        {:error, {:invalid_extra_arguments, extra_arguments}}

      true ->
        {:ok,
         %{
           state
           | extra_arguments: extra_arguments,
             max_children: max_children,
             max_restarts: max_restarts,
             max_seconds: max_seconds,
             strategy: strategy
         }}
    end
  end

  @doc false
  # Task.Supervisor.start_child/5's request, as Elixir's: the task's arguments, and its restart
  # and shutdown (nil: those the Task.Supervisor was started with)
  def handle_call({:start_task, args, restart, shutdown}, _from, state) do
    {init_restart, init_shutdown} = Process.get(Task.Supervisor)
    child = {{Task.Supervised, :start_link, args}, restart || init_restart, shutdown || init_shutdown, :worker, [Task.Supervised]}

    if map_size(state.children) < state.max_children,
      do: handle_start_child(child, state),
      else: {:reply, {:error, :max_children}, state}
  end

  def handle_call({:start_child, {_, _, _, _, _} = child}, _from, state) do
    if map_size(state.children) < state.max_children,
      do: handle_start_child(child, state),
      else: {:reply, {:error, :max_children}, state}
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case Map.fetch(state.children, pid) do
      {:ok, {:restarting, _}} ->
        {:reply, :ok, %{state | children: Map.delete(state.children, pid)}}

      {:ok, {_, _, shutdown, _, _}} ->
        :supervisor.shutdown_pid(pid, shutdown)
        {:reply, :ok, %{state | children: Map.delete(state.children, pid)}}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call(:which_children, _from, state) do
    reply =
      for {pid, child} <- state.children do
        case child do
          {:restarting, {_, _, _, type, modules}} -> {:undefined, :restarting, type, modules}
          {_, _, _, type, modules} -> {:undefined, pid, type, modules}
        end
      end

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    {specs, active, sups} =
      Enum.reduce(state.children, {0, 0, 0}, fn {_pid, child}, {specs, active, sups} ->
        {running?, type} =
          case child do
            {:restarting, {_, _, _, type, _}} -> {false, type}
            {_, _, _, type, _} -> {true, type}
          end

        {specs + 1, if(running?, do: active + 1, else: active), if(type == :supervisor, do: sups + 1, else: sups)}
      end)

    {:reply, %{specs: specs, active: active, supervisors: sups, workers: specs - sups}, state}
  end

  @doc false
  def handle_cast(_msg, state), do: {:noreply, state}

  @doc false
  def handle_info({:EXIT, pid, reason}, state) do
    case Map.fetch(state.children, pid) do
      {:ok, {:restarting, _}} ->
        {:noreply, state}

      {:ok, {_, restart, _, _, _} = child} ->
        restart? =
          case restart do
            :permanent -> true
            :temporary -> false
            :transient -> not normal_exit?(reason)
          end

        if restart?,
          do: restart_child(pid, child, state),
          else: {:noreply, %{state | children: Map.delete(state.children, pid)}}

      :error ->
        {:noreply, state}
    end
  end

  # a restart that failed is tried again through this message, as Elixir's
  def handle_info({:"$gen_restart", pid}, state) do
    case Map.fetch(state.children, pid) do
      {:ok, {:restarting, child}} -> restart_child(pid, child, state)
      _ -> {:noreply, state}
    end
  end

  def handle_info(msg, state) do
    Logger.bare_log(:error, "DynamicSupervisor received unexpected message: " <> inspect(msg) <> "\n")
    {:noreply, state}
  end

  @doc false
  def terminate(_reason, state) do
    for {pid, {_, _, shutdown, _, _}} <- state.children, do: :supervisor.shutdown_pid(pid, shutdown)
    :ok
  end

  @doc false
  def code_change(_old, state, _extra), do: {:ok, state}

  @doc false
  # what :sys.get_status/1 shows after the generic server's own data; the crash report shows the
  # state as it is
  def format_status(:terminate, [_pdict, state]), do: state

  def format_status(_, [_pdict, %{mod: mod} = state]) do
    [data: [{'State', state}], supervisor: [{'Callback', mod}]]
  end

  # named and placed as Elixir's (lib/dynamic_supervisor.ex), so a failing start has its frames
  @file "lib/dynamic_supervisor.ex"
  defp handle_start_child({{m, f, args} = mfa, restart, shutdown, type, modules}, state) do
    case __at_line__(731, start_child(m, f, state.extra_arguments ++ args)) do
      {:ok, pid, _} = reply -> {:reply, reply, save_child(pid, mfa, restart, shutdown, type, modules, state)}
      {:ok, pid} = reply -> {:reply, reply, save_child(pid, mfa, restart, shutdown, type, modules, state)}
      reply -> {:reply, reply, state}
    end
  end

  @file "lib/dynamic_supervisor.ex"
  defp start_child(m, f, a) do
    try do
      __at_line__(745, apply(m, f, a))
    catch
      :exit, reason -> {:error, reason}
      :error, reason -> {:error, {reason, __STACKTRACE__}}
      :throw, value -> {:error, {{:nocatch, value}, __STACKTRACE__}}
    else
      {:ok, pid, extra} when is_pid(pid) -> {:ok, pid, extra}
      {:ok, pid} when is_pid(pid) -> {:ok, pid}
      :ignore -> :ignore
      {:error, _} = error -> error
      other -> {:error, other}
    end
  end

  # a temporary child is never restarted: its arguments are not kept
  defp save_child(pid, {m, f, _}, :temporary, shutdown, type, modules, state),
    do: put_in(state.children[pid], {{m, f, :undefined}, :temporary, shutdown, type, modules})

  defp save_child(pid, mfa, restart, shutdown, type, modules, state),
    do: put_in(state.children[pid], {mfa, restart, shutdown, type, modules})

  defp normal_exit?(:normal), do: true
  defp normal_exit?(:shutdown), do: true
  defp normal_exit?({:shutdown, _}), do: true
  defp normal_exit?(_), do: false

  defp restart_child(pid, child, state) do
    case add_restart(state) do
      {:ok, state} ->
        {{m, f, args} = mfa, restart, shutdown, type, modules} = child
        children = Map.delete(state.children, pid)

        case start_child(m, f, state.extra_arguments ++ args) do
          {:ok, new_pid, _} ->
            {:noreply, save_child(new_pid, mfa, restart, shutdown, type, modules, %{state | children: children})}

          {:ok, new_pid} ->
            {:noreply, save_child(new_pid, mfa, restart, shutdown, type, modules, %{state | children: children})}

          :ignore ->
            {:noreply, %{state | children: children}}

          {:error, _} ->
            send(self(), {:"$gen_restart", pid})
            {:noreply, put_in(state.children[pid], {:restarting, child})}
        end

      {:shutdown, state} ->
        {:stop, :shutdown, %{state | children: Map.delete(state.children, pid)}}
    end
  end

  # Elixir's count: monotonic seconds, those within max_seconds of now kept
  defp add_restart(state) do
    now = :erlang.monotonic_time(1)
    restarts = for then <- [now | state.restarts], now <= then + state.max_seconds, do: then
    state = %{state | restarts: restarts}
    if length(restarts) <= state.max_restarts, do: {:ok, state}, else: {:shutdown, state}
  end
end
