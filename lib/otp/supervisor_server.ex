defmodule :supervisor do
  @moduledoc """
  The supervisor process: a GenServer callback module, as OTP's supervisor is a
  gen_server. It traps exits, starts its children in order, restarts them by their
  restart type and the strategy, counts restarts against max_restarts/max_seconds
  (intensity/period) and terminates children in reverse start order.

  State: %{name, mod, args, strategy, intensity, period, restarts, children}
  where children is in REVERSE start order (as OTP keeps it; which_children
  answers in that order) and each child is a map
  %{id, pid, start, restart, shutdown, type, modules, significant}.
  """

  def start_link(mod, args), do: start_link_impl(nil, mod, args)
  def start_link(name, mod, args), do: start_link_impl(name, mod, args)

  # Erlang's API (Elixir's Supervisor calls through GenServer.call; these through :gen_server.call,
  # whose exit reasons name it, as on OTP)
  def start_child(sup, spec), do: :gen_server.call(sup, {:start_child, spec}, :infinity)
  def restart_child(sup, id), do: :gen_server.call(sup, {:restart_child, id}, :infinity)
  def delete_child(sup, id), do: :gen_server.call(sup, {:delete_child, id}, :infinity)
  def terminate_child(sup, id), do: :gen_server.call(sup, {:terminate_child, id}, :infinity)
  def get_childspec(sup, id), do: :gen_server.call(sup, {:get_childspec, id}, :infinity)
  def which_children(sup), do: :gen_server.call(sup, :which_children, :infinity)

  # a keyword list in OTP's order (Elixir's Supervisor.count_children/1 makes it a map)
  def count_children(sup) do
    counts = :gen_server.call(sup, :count_children, :infinity)
    for key <- [:specs, :active, :supervisors, :workers], do: {key, Map.fetch!(counts, key)}
  end

  def check_childspecs(specs), do: check_childspecs(specs, :undefined)

  def check_childspecs(specs, _auto_shutdown) when is_list(specs) do
    Enum.reduce_while(specs, :ok, fn spec, :ok ->
      case check_spec(spec) do
        {:ok, _} -> {:cont, :ok}
        {:error, _} = error -> {:halt, error}
      end
    end)
  end

  def check_childspecs(specs, _auto_shutdown), do: {:error, {:badarg, specs}}

  def get_callback_module(sup), do: :sys.get_state(sup).mod

  defp start_link_impl(name, mod, args) do
    opts =
      case name do
        nil -> []
        {:local, atom} -> [name: atom]
        other -> [name: other]
      end

    GenServer.start_link(:supervisor, {name, mod, args}, opts)
  end

  # ---------------------------------------------------------------------------
  # GenServer callbacks

  def init({name, mod, args}) do
    :erlang.process_flag(:trap_exit, true)

    result =
      try do
        {:ok, mod.init(args)}
      catch
        :throw, v -> {:ok, v}
        :error, r -> {:crash, {r, __STACKTRACE__}}
        :exit, r -> {:crash, r}
      end

    case result do
      {:ok, {:ok, {flags, specs}}} ->
        case check_flags(flags) do
          {:ok, strategy, intensity, period} ->
            case check_specs(specs, []) do
              {:ok, children} ->
                state = %{
                  name: name || self(),
                  mod: mod,
                  args: args,
                  strategy: strategy,
                  intensity: intensity,
                  period: period,
                  restarts: [],
                  children: []
                }

                case start_children(Enum.reverse(children), state) do
                  {:ok, state} -> {:ok, state}
                  {:error, reason, state} ->
                    terminate_children(state.children)
                    {:stop, {:shutdown, reason}}
                end

              {:error, reason} ->
                {:stop, {:start_spec, reason}}
            end

          {:error, reason} ->
            {:stop, {:supervisor_data, reason}}
        end

      {:ok, :ignore} ->
        :ignore

      {:ok, other} ->
        {:stop, {:bad_return, {mod, :init, other}}}

      {:crash, reason} ->
        {:stop, {:bad_return, {mod, :init, {:EXIT, reason}}}}
    end
  end

  defp check_flags(flags) when is_map(flags) do
    strategy = Map.get(flags, :strategy, :one_for_one)
    intensity = Map.get(flags, :intensity, 1)
    period = Map.get(flags, :period, 5)
    check_flags({strategy, intensity, period})
  end

  defp check_flags({strategy, intensity, period}) do
    cond do
      strategy not in [:one_for_one, :one_for_all, :rest_for_one, :simple_one_for_one] ->
        {:error, {:invalid_strategy, strategy}}

      not (is_integer(intensity) and intensity >= 0) ->
        {:error, {:invalid_intensity, intensity}}

      not (is_integer(period) and period > 0) ->
        {:error, {:invalid_period, period}}

      true ->
        {:ok, strategy, intensity, period}
    end
  end

  defp check_flags(other), do: {:error, {:invalid_type, other}}

  # returns children in REVERSE order
  defp check_specs([], acc), do: {:ok, acc}

  defp check_specs([spec | rest], acc) do
    case check_spec(spec) do
      {:ok, child} ->
        if Enum.any?(acc, fn c -> c.id == child.id end) do
          {:error, {:duplicate_child_name, child.id}}
        else
          check_specs(rest, [child | acc])
        end

      {:error, _} = error ->
        error
    end
  end

  @doc false
  # OTP's child spec check, in its order: id, start, restart, significant, type, shutdown, modules;
  # the first failure is the answer ({:error, :missing_start}, {:error, {:invalid_mfa, start}}, ...)
  def check_spec(spec) when is_map(spec) do
    with {:ok, id} <- fetch_or(spec, :id, :missing_id),
         {:ok, start} <- fetch_or(spec, :start, :missing_start),
         :ok <- valid(valid_mfa?(start), :invalid_mfa, start),
         restart = Map.get(spec, :restart, :permanent),
         :ok <- valid(restart in [:permanent, :transient, :temporary], :invalid_restart_type, restart),
         significant = Map.get(spec, :significant, false),
         :ok <- valid(is_boolean(significant), :invalid_significant, significant),
         type = Map.get(spec, :type, :worker),
         :ok <- valid(type in [:worker, :supervisor], :invalid_child_type, type),
         shutdown = Map.get(spec, :shutdown, if(type == :worker, do: 5000, else: :infinity)),
         :ok <- valid(valid_shutdown?(shutdown), :invalid_shutdown, shutdown),
         {m, _, _} = start,
         modules = Map.get(spec, :modules, [m]),
         :ok <- check_modules(modules) do
      {:ok,
       %{
         id: id,
         pid: :undefined,
         start: start,
         restart: restart,
         shutdown: shutdown,
         type: type,
         modules: modules,
         significant: significant
       }}
    end
  end

  def check_spec({id, start, restart, shutdown, type, modules}) do
    check_spec(%{
      id: id,
      start: start,
      restart: restart,
      shutdown: shutdown,
      type: type,
      modules: modules
    })
  end

  def check_spec(other), do: {:error, {:invalid_child_spec, other}}

  defp fetch_or(spec, key, missing) do
    case Map.fetch(spec, key) do
      {:ok, _} = found -> found
      :error -> {:error, missing}
    end
  end

  defp valid(true, _error, _value), do: :ok
  defp valid(false, error, value), do: {:error, {error, value}}

  defp valid_mfa?({m, f, a}), do: is_atom(m) and is_atom(f) and is_list(a)
  defp valid_mfa?(_), do: false

  defp valid_shutdown?(s), do: s in [:brutal_kill, :infinity] or (is_integer(s) and s >= 0)

  defp check_modules(:dynamic), do: :ok

  defp check_modules(modules) when is_list(modules) do
    case Enum.find(modules, &(not is_atom(&1))) do
      nil -> :ok
      bad -> {:error, {:invalid_module, bad}}
    end
  end

  defp check_modules(other), do: {:error, {:invalid_modules, other}}

  # children given in start order; state.children accumulates in reverse
  defp start_children([], state), do: {:ok, state}

  defp start_children([child | rest], state) do
    case do_start_child(child) do
      {:ok, pid, _extra} ->
        start_children(rest, %{state | children: [%{child | pid: pid} | state.children]})

      {:error, reason} ->
        {:error, {:failed_to_start_child, child.id, reason}, state}
    end
  end

  @doc false
  # also used by DynamicSupervisor
  def do_start_child(child) do
    {m, f, a} = child.start

    result =
      try do
        apply(m, f, a)
      catch
        :throw, v -> v
        :error, r -> {:EXIT, {r, __STACKTRACE__}}
        :exit, r -> {:EXIT, r}
      end

    case result do
      {:ok, pid} when is_pid(pid) -> {:ok, pid, nil}
      {:ok, pid, extra} when is_pid(pid) -> {:ok, pid, {:extra, extra}}
      :ignore -> {:ok, :undefined, nil}
      {:error, reason} -> {:error, reason}
      other -> {:error, other}
    end
  end

  def handle_call(:which_children, _from, state) do
    reply =
      Enum.map(state.children, fn c ->
        {c.id, c.pid, c.type, c.modules}
      end)

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    {active, sups, workers} =
      Enum.reduce(state.children, {0, 0, 0}, fn c, {a, s, w} ->
        a = if is_pid(c.pid), do: a + 1, else: a

        case c.type do
          :supervisor -> {a, s + 1, w}
          _ -> {a, s, w + 1}
        end
      end)

    {:reply, %{specs: length(state.children), active: active, supervisors: sups, workers: workers},
     state}
  end

  def handle_call({:start_child, spec}, _from, state) do
    case check_spec(spec) do
      {:ok, child} ->
        case find(state.children, child.id) do
          %{pid: pid} when is_pid(pid) ->
            {:reply, {:error, {:already_started, pid}}, state}

          found when is_map(found) ->
            {:reply, {:error, :already_present}, state}

          nil ->
            case do_start_child(child) do
              {:ok, pid, extra} ->
                state = %{state | children: [%{child | pid: pid} | state.children]}
                {:reply, ok_reply(pid, extra), state}

              {:error, reason} ->
                {:reply, {:error, {reason, child_record(child)}}, state}
            end
        end

      {:error, reason} ->
        {:reply, {:error, reason}, state}
    end
  end

  def handle_call({:terminate_child, id}, _from, state) do
    case find(state.children, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      child ->
        shutdown_child(child)

        children =
          case child.restart do
            :temporary -> remove(state.children, id)
            _ -> replace(state.children, %{child | pid: :undefined})
          end

        {:reply, :ok, %{state | children: children}}
    end
  end

  def handle_call({:restart_child, id}, _from, state) do
    case find(state.children, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      %{pid: pid} when is_pid(pid) ->
        {:reply, {:error, :running}, state}

      %{pid: :restarting} ->
        {:reply, {:error, :restarting}, state}

      child ->
        case do_start_child(child) do
          {:ok, pid, extra} ->
            {:reply, ok_reply(pid, extra), %{state | children: replace(state.children, %{child | pid: pid})}}

          {:error, reason} ->
            {:reply, {:error, reason}, state}
        end
    end
  end

  def handle_call({:delete_child, id}, _from, state) do
    case find(state.children, id) do
      nil -> {:reply, {:error, :not_found}, state}
      %{pid: pid} when is_pid(pid) -> {:reply, {:error, :running}, state}
      %{pid: :restarting} -> {:reply, {:error, :restarting}, state}
      _ -> {:reply, :ok, %{state | children: remove(state.children, id)}}
    end
  end

  def handle_call(:get_childspec, _from, state), do: {:reply, state.children, state}

  def handle_call({:get_childspec, id}, _from, state) do
    case find(state.children, id) do
      nil -> {:reply, {:error, :not_found}, state}
      c -> {:reply, {:ok, to_spec(c)}, state}
    end
  end

  def handle_call(other, _from, state) do
    {:reply, {:error, {:unknown_call, other}}, state}
  end

  def handle_cast({:try_again_restart, id}, state) do
    case find(state.children, id) do
      %{pid: :restarting} = child -> restart(child, state)
      _ -> {:noreply, state}
    end
  end

  def handle_cast(_other, state), do: {:noreply, state}

  def handle_info({:EXIT, pid, reason}, state) do
    case Enum.find(state.children, fn c -> c.pid == pid end) do
      nil ->
        {:noreply, state}

      child ->
        child_exited(child, reason, state)
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  def terminate(_reason, state) do
    terminate_children(state.children)
    :ok
  end

  def code_change(_old, state, _extra), do: {:ok, state}

  # ---------------------------------------------------------------------------
  # Restarts

  defp child_exited(child, reason, state) do
    restart? =
      case child.restart do
        :permanent -> true
        :temporary -> false
        :transient -> not normal_exit?(reason)
      end

    cond do
      restart? ->
        restart(%{child | pid: :undefined}, state)

      child.restart == :temporary ->
        {:noreply, %{state | children: remove(state.children, child.id)}}

      true ->
        {:noreply, %{state | children: replace(state.children, %{child | pid: :undefined})}}
    end
  end

  defp normal_exit?(:normal), do: true
  defp normal_exit?(:shutdown), do: true
  defp normal_exit?({:shutdown, _}), do: true
  defp normal_exit?(_), do: false

  defp restart(child, state) do
    case add_restart(state) do
      {:ok, state} ->
        do_restart(child, state)

      {:shutdown, state} ->
        state = %{state | children: replace(state.children, %{child | pid: :undefined})}
        {:stop, :shutdown, state}
    end
  end

  defp do_restart(child, state) do
    case state.strategy do
      :one_for_one ->
        case do_start_child(child) do
          {:ok, pid, _} ->
            {:noreply, %{state | children: replace(state.children, %{child | pid: pid})}}

          {:error, _} ->
            try_again(child, state)
        end

      :simple_one_for_one ->
        case do_start_child(child) do
          {:ok, pid, _} ->
            {:noreply, %{state | children: replace(state.children, %{child | pid: pid})}}

          {:error, _} ->
            try_again(child, state)
        end

      :one_for_all ->
        others = terminate_children_keep(replace(state.children, child), child.id)
        start_in_order(Enum.reverse(others), [], state)

      :rest_for_one ->
        {after_it, upto} = split_after(state.children, child.id)
        after_it = terminate_children_keep(after_it, nil)
        [_ | before] = upto
        start_in_order([child | Enum.reverse(after_it)], before, state)
    end
  end

  defp try_again(child, state) do
    GenServer.cast(self(), {:try_again_restart, child.id})
    {:noreply, %{state | children: replace(state.children, %{child | pid: :restarting})}}
  end

  # start (in the given start order) the children that are not running, dropping
  # temporary ones; acc holds the already-settled children in reverse start order
  defp start_in_order([], acc, state), do: {:noreply, %{state | children: acc}}

  defp start_in_order([child | rest], acc, state) do
    cond do
      is_pid(child.pid) ->
        start_in_order(rest, [child | acc], state)

      child.restart == :temporary ->
        start_in_order(rest, acc, state)

      true ->
        case do_start_child(child) do
          {:ok, pid, _} ->
            start_in_order(rest, [%{child | pid: pid} | acc], state)

          {:error, _} ->
            GenServer.cast(self(), {:try_again_restart, child.id})
            {:noreply, %{state | children: Enum.reverse(rest) ++ [%{child | pid: :restarting} | acc]}}
        end
    end
  end

  defp add_restart(state) do
    now = :erlang.monotonic_time(:millisecond)
    window = state.period * 1000
    restarts = [now | Enum.filter(state.restarts, fn t -> now - t < window end)]
    state = %{state | restarts: restarts}

    if length(restarts) > state.intensity do
      {:shutdown, state}
    else
      {:ok, state}
    end
  end

  # split reverse-ordered children into {started after id, id and before}
  defp split_after(children, id) do
    idx = Enum.find_index(children, fn c -> c.id == id end)
    Enum.split(children, idx)
  end

  # terminate (in the given = reverse start order) all children except keep_id,
  # marking them :undefined
  defp terminate_children_keep(children, keep_id) do
    Enum.map(children, fn c ->
      if c.id != keep_id and is_pid(c.pid) do
        shutdown_child(c)
        %{c | pid: :undefined}
      else
        c
      end
    end)
  end

  @doc false
  def terminate_children(children) do
    Enum.each(children, fn c ->
      if is_pid(c.pid), do: shutdown_child(c)
    end)
  end

  defp shutdown_child(%{pid: pid} = child) when is_pid(pid) do
    ref = :erlang.monitor(:process, pid)
    :erlang.unlink(pid)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end

    case child.shutdown do
      :brutal_kill ->
        :erlang.exit(pid, :kill)

        receive do
          {:DOWN, ^ref, :process, ^pid, _} -> :ok
        end

      timeout ->
        :erlang.exit(pid, :shutdown)

        receive do
          {:DOWN, ^ref, :process, ^pid, _} -> :ok
        after
          timeout ->
            :erlang.exit(pid, :kill)

            receive do
              {:DOWN, ^ref, :process, ^pid, _} -> :ok
            end
        end
    end
  end

  defp shutdown_child(_), do: :ok

  # ---------------------------------------------------------------------------
  # helpers

  defp ok_reply(pid, nil), do: {:ok, pid}
  defp ok_reply(pid, {:extra, extra}), do: {:ok, pid, extra}

  defp find(children, id), do: Enum.find(children, fn c -> c.id == id end)
  defp remove(children, id), do: Enum.reject(children, fn c -> c.id == id end)

  defp replace(children, child) do
    Enum.map(children, fn c -> if c.id == child.id, do: child, else: c end)
  end

  defp child_record(c) do
    {:child, :undefined, c.id, c.start, c.restart, c.significant, c.shutdown, c.type, c.modules}
  end

  defp to_spec(c) do
    %{
      id: c.id,
      start: c.start,
      restart: c.restart,
      shutdown: c.shutdown,
      type: c.type,
      modules: c.modules,
      significant: c.significant
    }
  end
end
