defmodule DynamicSupervisor do
  @moduledoc """
  A supervisor that starts children on demand (start_child/2), as Elixir's: one strategy
  (:one_for_one), :max_children, :extra_arguments prepended to every child's start arguments,
  restarts counted against max_restarts/max_seconds. Children are kept by pid; the child
  specifications are checked by :supervisor.check_spec/1 and stopped by its shutdown logic.
  """

  def child_spec(options) when is_list(options) do
    id = Keyword.get(options, :name, DynamicSupervisor)
    %{id: id, start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  # ---- starting -----------------------------------------------------------------------------------

  def start_link(options) when is_list(options) do
    keys = [:extra_arguments, :max_children, :max_seconds, :max_restarts, :strategy]
    {sup_opts, start_opts} = Keyword.split(options, keys)
    start_link(DynamicSupervisor.Default, init(sup_opts), start_opts)
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
  def start_child(supervisor, child_spec), do: validate_and_start_child(supervisor, Supervisor.child_spec(child_spec, []))

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

  defp validate_child(start, restart, shutdown, type, modules, significant) do
    with :ok <- validate_start(start),
         :ok <- validate_restart(restart),
         :ok <- validate_shutdown(shutdown),
         :ok <- validate_type(type),
         :ok <- validate_modules(modules) do
      {:ok, {start, restart, shutdown, type, modules, significant}}
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
  def init({module, init_arg, name}) do
    Process.flag(:trap_exit, true)

    case module.init(init_arg) do
      {:ok, flags} when is_map(flags) ->
        state = %{
          name: name || self(),
          mod: module,
          args: init_arg,
          strategy: Map.get(flags, :strategy, :one_for_one),
          intensity: Map.get(flags, :intensity, 3),
          period: Map.get(flags, :period, 5),
          max_children: Map.get(flags, :max_children, :infinity),
          extra_arguments: Map.get(flags, :extra_arguments, []),
          restarts: [],
          children: %{}
        }

        {:ok, state}

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  @doc false
  def handle_call({:start_child, {start, restart, shutdown, type, modules, significant}}, _from, state) do
    child = %{id: :undefined, pid: :undefined, start: start, restart: restart, shutdown: shutdown, type: type, modules: modules, significant: significant}

    if state.max_children != :infinity and map_size(state.children) >= state.max_children,
      do: {:reply, {:error, :max_children}, state},
      else: handle_start_child(child, state)
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case Map.fetch(state.children, pid) do
      {:ok, child} ->
        :supervisor.terminate_children([child])
        {:reply, :ok, %{state | children: Map.delete(state.children, pid)}}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call(:which_children, _from, state) do
    reply = for {pid, c} <- state.children, do: {:undefined, pid, c.type, c.modules}
    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    children = Map.values(state.children)
    sups = Enum.count(children, &(&1.type == :supervisor))
    count = length(children)
    {:reply, %{specs: count, active: count, supervisors: sups, workers: count - sups}, state}
  end

  @doc false
  def handle_cast({:try_again_restart, child}, state), do: restart(child, state)
  def handle_cast(_msg, state), do: {:noreply, state}

  @doc false
  def handle_info({:EXIT, pid, reason}, state) do
    case Map.fetch(state.children, pid) do
      {:ok, child} ->
        state = %{state | children: Map.delete(state.children, pid)}

        restart? =
          case child.restart do
            :permanent -> true
            :temporary -> false
            :transient -> not normal_exit?(reason)
          end

        if restart?, do: restart(child, state), else: {:noreply, state}

      :error ->
        {:noreply, state}
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  @doc false
  def terminate(_reason, state) do
    :supervisor.terminate_children(Map.values(state.children))
    :ok
  end

  @doc false
  def code_change(_old, state, _extra), do: {:ok, state}

  # named and placed as Elixir's (lib/dynamic_supervisor.ex), so a failing start has its frames
  @file "lib/dynamic_supervisor.ex"
  defp handle_start_child(%{start: {m, f, args}} = child, state) do
    args = state.extra_arguments ++ args

    case __at_line__(731, start_child(m, f, args)) do
      {:ok, pid, extra} -> {:reply, {:ok, pid, extra}, put_child(state, %{child | pid: pid, start: {m, f, args}})}
      {:ok, pid} -> {:reply, {:ok, pid}, put_child(state, %{child | pid: pid, start: {m, f, args}})}
      :ignore -> {:reply, :ignore, state}
      {:error, _} = error -> {:reply, error, state}
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

  defp put_child(state, child), do: %{state | children: Map.put(state.children, child.pid, child)}

  defp normal_exit?(:normal), do: true
  defp normal_exit?(:shutdown), do: true
  defp normal_exit?({:shutdown, _}), do: true
  defp normal_exit?(_), do: false

  defp restart(child, state) do
    now = :erlang.monotonic_time(:millisecond)
    restarts = [now | Enum.filter(state.restarts, fn t -> now - t < state.period * 1000 end)]
    state = %{state | restarts: restarts}

    if length(restarts) > state.intensity do
      {:stop, :shutdown, state}
    else
      case :supervisor.do_start_child(child) do
        {:ok, pid, _} when is_pid(pid) ->
          {:noreply, put_child(state, %{child | pid: pid})}

        {:ok, :undefined, _} ->
          {:noreply, state}

        {:error, _} ->
          GenServer.cast(self(), {:try_again_restart, child})
          {:noreply, state}
      end
    end
  end
end

defmodule DynamicSupervisor.Default do
  @moduledoc false
  def init(flags), do: flags
end
