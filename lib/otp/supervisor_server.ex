defmodule :supervisor do
  # the -callback attributes of OTP's module, in its source's order (behaviour_info/1 is exported)
  def behaviour_info(:callbacks), do: [init: 1]
  def behaviour_info(:optional_callbacks), do: []

  @moduledoc """
  The supervisor process: a GenServer callback module, as OTP's supervisor is a
  gen_server. It traps exits, starts its children in order, restarts them by their
  restart type and the strategy, counts restarts against max_restarts/max_seconds
  (intensity/period) and terminates children in reverse start order.

  The state is OTP 25's #state record and each child its #child record, so
  :sys.get_state/1, :sys.get_status/1 and the crash report show them as on OTP:
  {:state, name, strategy, {ids, db}, dynamics, intensity, period, restarts,
  dynamic_restarts, auto_shutdown, module, args}, name {:local, atom} or
  {self(), module}; ids in REVERSE start order (which_children answers in that order),
  db a map id => {:child, pid, id, mfargs, restart_type, significant, shutdown,
  child_type, modules}. A child's pid is a pid, :undefined or {:restarting, old_pid}.
  Restarts are monotonic seconds, the newest first, as OTP counts them.
  """

  # OTP's record fields, in order, with their defaults (plain functions: state(kw) builds,
  # state(rec, :field) reads, state(rec, kw) updates; the same for child)
  @state_fields [
    name: :undefined,
    strategy: :one_for_one,
    children: {[], %{}},
    dynamics: :undefined,
    intensity: 1,
    period: 5,
    restarts: [],
    dynamic_restarts: 0,
    auto_shutdown: :never,
    module: :undefined,
    args: :undefined
  ]

  @child_fields [
    pid: :undefined,
    id: :undefined,
    mfargs: :undefined,
    restart_type: :undefined,
    significant: false,
    shutdown: :undefined,
    child_type: :undefined,
    modules: []
  ]

  defp state(kw), do: build(:state, @state_fields, kw)
  defp state(rec, field) when is_atom(field), do: elem(rec, index(@state_fields, field))
  defp state(rec, kw), do: update(rec, @state_fields, kw)

  defp child(kw), do: build(:child, @child_fields, kw)
  defp child(rec, field) when is_atom(field), do: elem(rec, index(@child_fields, field))
  defp child(rec, kw), do: update(rec, @child_fields, kw)

  defp build(tag, fields, kw) do
    values = Enum.map(fields, fn {key, default} -> Keyword.get(kw, key, default) end)
    List.to_tuple([tag | values])
  end

  defp update(rec, fields, kw) do
    Enum.reduce(kw, rec, fn {key, value}, acc -> put_elem(acc, index(fields, key), value) end)
  end

  # 1-based: the tag is element 0
  defp index(fields, key), do: Enum.find_index(fields, fn {k, _} -> k == key end) + 1

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

  # (:undefined, check_childspecs/1's, checks no auto_shutdown combination, only a permanent
  # significant child; duplicate ids are found as when a supervisor starts)
  def check_childspecs(specs, auto_shutdown)
      when is_list(specs) and auto_shutdown in [:undefined, :never, :any_significant, :all_significant] do
    case check_specs(specs, [], auto_shutdown) do
      {:ok, _} -> :ok
      {:error, _} = error -> error
    end
  end

  def check_childspecs(specs, auto_shutdown) when is_list(specs), do: {:error, {:badarg, auto_shutdown}}
  def check_childspecs(specs, _auto_shutdown), do: {:error, {:badarg, specs}}

  def get_callback_module(sup), do: state(:sys.get_state(sup), :module)

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

  @file "supervisor.erl"
  def init({name, mod, args}) do
    :erlang.process_flag(:trap_exit, true)

    # (an exception in mod.init/1 is not caught here: the server's start fails with it, as the
    # GenServer's own init would, {:error, {reason, stacktrace}} or {:error, exit_reason})
    case {:ok, __at_line__(330, mod.init(args))} do
      {:ok, {:ok, {flags, specs}}} ->
        case check_flags(flags) do
          # (a :simple_one_for_one supervisor takes exactly one spec: any other children are
          # refused before a spec is looked at, as OTP's supervisor does)
          {:ok, :simple_one_for_one, _intensity, _period, _auto_shutdown} when not is_list(specs) or specs == [] or tl(specs) != [] ->
            {:stop, {:bad_start_spec, specs}}

          {:ok, strategy, intensity, period, auto_shutdown} ->
            case check_specs(specs, [], auto_shutdown) do
              {:ok, children} ->
                state =
                  state(
                    name: name || {self(), mod},
                    module: mod,
                    args: args,
                    strategy: strategy,
                    intensity: intensity,
                    period: period,
                    auto_shutdown: auto_shutdown
                  )

                # (a tail call, as OTP's: no frame of init/1 under a child's failed start)
                if strategy == :simple_one_for_one,
                  do: init_dynamic(state, Enum.reverse(children), specs),
                  else: init_children(state, Enum.reverse(children))

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
    end
  end

  defp check_flags(flags) when is_map(flags) do
    strategy = Map.get(flags, :strategy, :one_for_one)
    intensity = Map.get(flags, :intensity, 1)
    period = Map.get(flags, :period, 5)
    auto_shutdown = Map.get(flags, :auto_shutdown, :never)
    check_flags(strategy, intensity, period, auto_shutdown)
  end

  defp check_flags({strategy, intensity, period}), do: check_flags(strategy, intensity, period, :never)
  defp check_flags(other), do: {:error, {:invalid_type, other}}

  defp check_flags(strategy, intensity, period, auto_shutdown) do
    cond do
      strategy not in [:one_for_one, :one_for_all, :rest_for_one, :simple_one_for_one] ->
        {:error, {:invalid_strategy, strategy}}

      not (is_integer(intensity) and intensity >= 0) ->
        {:error, {:invalid_intensity, intensity}}

      not (is_integer(period) and period > 0) ->
        {:error, {:invalid_period, period}}

      auto_shutdown not in [:never, :any_significant, :all_significant] ->
        {:error, {:invalid_auto_shutdown, auto_shutdown}}

      true ->
        {:ok, strategy, intensity, period, auto_shutdown}
    end
  end

  # returns children in REVERSE order
  defp check_specs([], acc, _auto_shutdown), do: {:ok, acc}

  defp check_specs([spec | rest], acc, auto_shutdown) do
    case check_spec(spec, auto_shutdown) do
      {:ok, child} ->
        id = child(child, :id)

        if Enum.any?(acc, fn c -> child(c, :id) == id end) do
          {:error, {:duplicate_child_name, id}}
        else
          check_specs(rest, [child | acc], auto_shutdown)
        end

      {:error, _} = error ->
        error
    end
  end

  @doc false
  # OTP's child spec check, in its order: id, start, restart, significant, type, shutdown, modules;
  # the first failure is the answer ({:error, :missing_start}, {:error, {:invalid_mfa, start}}, ...).
  # A significant child needs a supervisor that shuts down on it (auto_shutdown other than :never;
  # :undefined, from check_childspecs/1, does not tell) and a restart type that lets it stop.
  # Its answer is the #child record.
  def check_spec(spec, auto_shutdown \\ :undefined)

  def check_spec(spec, auto_shutdown) when is_map(spec) do
    with {:ok, id} <- fetch_or(spec, :id, :missing_id),
         {:ok, start} <- fetch_or(spec, :start, :missing_start),
         :ok <- valid(valid_mfa?(start), :invalid_mfa, start),
         restart = Map.get(spec, :restart, :permanent),
         :ok <- valid(restart in [:permanent, :transient, :temporary], :invalid_restart_type, restart),
         significant = Map.get(spec, :significant, false),
         :ok <- valid(is_boolean(significant), :invalid_significant, significant),
         :ok <- significant_combination(significant, restart, auto_shutdown),
         type = Map.get(spec, :type, :worker),
         :ok <- valid(type in [:worker, :supervisor], :invalid_child_type, type),
         shutdown = Map.get(spec, :shutdown, if(type == :worker, do: 5000, else: :infinity)),
         :ok <- valid(valid_shutdown?(shutdown), :invalid_shutdown, shutdown),
         {m, _, _} = start,
         modules = Map.get(spec, :modules, [m]),
         :ok <- check_modules(modules) do
      {:ok,
       child(
         id: id,
         mfargs: start,
         restart_type: restart,
         significant: significant,
         shutdown: shutdown,
         child_type: type,
         modules: modules
       )}
    end
  end

  def check_spec({id, start, restart, shutdown, type, modules}, auto_shutdown) do
    check_spec(%{
      id: id,
      start: start,
      restart: restart,
      shutdown: shutdown,
      type: type,
      modules: modules
    }, auto_shutdown)
  end

  def check_spec(other, _auto_shutdown), do: {:error, {:invalid_child_spec, other}}

  defp significant_combination(true, _restart, :never),
    do: {:error, {:bad_combination, [auto_shutdown: :never, significant: true]}}

  defp significant_combination(true, :permanent, _auto_shutdown),
    do: {:error, {:bad_combination, [restart: :permanent, significant: true]}}

  defp significant_combination(_significant, _restart, _auto_shutdown), do: :ok

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

  # a :simple_one_for_one supervisor keeps its one spec and starts nothing: start_child/2 gives
  # each child its extra arguments; its children are the dynamics, {:maps, pid => args}
  # ({:mapsets, pid => []} when they are temporary: never restarted, their arguments not kept)
  defp init_dynamic(state, [child], _specs) do
    dynamics = if child(child, :restart_type) == :temporary, do: {:mapsets, %{}}, else: {:maps, %{}}
    {:ok, state(put_children(state, [child]), dynamics: dynamics)}
  end

  defp init_dynamic(_state, _children, specs), do: {:stop, {:bad_start_spec, specs}}

  # (a child's failed start shows OTP's frames: init_children/2 -> children_map/4 -> the fun of
  # start_children/2 -> do_start_child/2 -> do_start_child_i/3, each at its line in supervisor.erl)
  @file "supervisor.erl"
  @beamlet_frame_line 350
  defp init_children(state, children) do
    case start_children(children, state) do
      {:ok, state} ->
        {:ok, state}

      {:error, reason, state} ->
        terminate_children(children_list(state))
        {:stop, {:shutdown, reason}}
    end
  end

  # children given in start order; each started one goes in front of the ids; a temporary child
  # whose start is ignored is not kept (it would never be started again)
  @file "supervisor.erl"
  defp start_children(children, state) do
    name = state(state, :name)

    children_map(fn _id, child ->
      case {__at_line__(384, do_start_child(name, child)), child(child, :restart_type)} do
        {{:ok, :undefined, _extra}, :temporary} -> :remove
        {{:ok, pid, _extra}, _} -> {:update, child(child, pid: pid)}
        {{:error, reason}, _} -> {:abort, {:failed_to_start_child, child(child, :id), reason}}
      end
    end, children, children_list(state), state)
  end

  # fun's answer for each child: kept (in front of the started ones), dropped, or the end
  @file "supervisor.erl"
  @beamlet_frame_line 1250
  defp children_map(_fun, [], started, state), do: {:ok, put_children(state, started)}

  @file "supervisor.erl"
  @beamlet_frame_line 1250
  defp children_map(fun, [child | rest], started, state) do
    case fun.(child(child, :id), child) do
      :remove -> children_map(fun, rest, started, state)
      {:update, child} -> children_map(fun, rest, [child | started], state)
      {:abort, reason} -> {:error, reason, put_children(state, started)}
    end
  end

  # starts a child record's {m, f, a}: {:ok, pid | :undefined, nil | {:extra, extra}} or
  # {:error, reason} (the supervisor's name is OTP's argument, for its shutdown error reports)
  @file "supervisor.erl"
  @beamlet_frame_line 400
  defp do_start_child(_sup_name, child) do
    {m, f, a} = child(child, :mfargs)
    internal_result(do_start_child_i(m, f, a))
  end

  # starts {m, f, a} with OTP's answer: {:ok, pid}, {:ok, pid, extra}, {:ok, :undefined} or
  # {:error, reason}
  @file "supervisor.erl"
  @beamlet_frame_line 414
  defp do_start_child_i(m, f, a) do
    case __catch__(apply(m, f, a)) do
      {:ok, pid} when is_pid(pid) -> {:ok, pid}
      {:ok, pid, extra} when is_pid(pid) -> {:ok, pid, extra}
      :ignore -> {:ok, :undefined}
      {:error, reason} -> {:error, reason}
      other -> {:error, other}
    end
  end

  defp internal_result({:ok, pid}), do: {:ok, pid, nil}
  defp internal_result({:ok, pid, extra}), do: {:ok, pid, {:extra, extra}}
  defp internal_result(error), do: error

  # (element 2 of the #state record is the strategy)
  @file "supervisor.erl"
  @beamlet_frame_line 439
  def handle_call({:start_child, extra}, _from, state) when elem(state, 2) == :simple_one_for_one do
    [child] = children_list(state)
    {m, f, a} = child(child, :mfargs)
    args = a ++ extra

    case internal_result(do_start_child_i(m, f, args)) do
      {:ok, :undefined, _} -> {:reply, {:ok, :undefined}, state}
      {:ok, pid, extra_info} -> {:reply, ok_reply(pid, extra_info), dynamics_put(state, pid, args)}
      {:error, reason} -> {:reply, {:error, reason}, state}
    end
  end

  def handle_call(request, _from, state) when elem(state, 2) == :simple_one_for_one and request != :get_childspec and
                                               not (is_tuple(request) and elem(request, 0) == :get_childspec),
    do: simple_call(request, state)

  def handle_call(:which_children, _from, state) do
    reply =
      Enum.map(children_list(state), fn c ->
        pid =
          case child(c, :pid) do
            {:restarting, _} -> :restarting
            pid -> pid
          end

        {child(c, :id), pid, child(c, :child_type), child(c, :modules)}
      end)

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    children = children_list(state)

    {active, sups, workers} =
      Enum.reduce(children, {0, 0, 0}, fn c, {a, s, w} ->
        a = if is_pid(child(c, :pid)), do: a + 1, else: a

        case child(c, :child_type) do
          :supervisor -> {a, s + 1, w}
          _ -> {a, s, w + 1}
        end
      end)

    {:reply, %{specs: length(children), active: active, supervisors: sups, workers: workers}, state}
  end

  @file "supervisor.erl"
  @beamlet_frame_line 455
  def handle_call({:start_child, spec}, _from, state) do
    case check_spec(spec, state(state, :auto_shutdown)) do
      {:ok, child} ->
        {reply, state} = handle_start_child(child, state)
        {:reply, reply, state}

      {:error, reason} ->
        {:reply, {:error, reason}, state}
    end
  end

  def handle_call({:terminate_child, id}, _from, state) do
    case find(state, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      child ->
        shutdown_child(child)

        state =
          case child(child, :restart_type) do
            :temporary -> remove(state, id)
            _ -> replace(state, child(child, pid: :undefined))
          end

        {:reply, :ok, state}
    end
  end

  @file "supervisor.erl"
  def handle_call({:restart_child, id}, _from, state) do
    case find(state, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      child ->
        case child(child, :pid) do
          pid when is_pid(pid) ->
            {:reply, {:error, :running}, state}

          {:restarting, _} ->
            {:reply, {:error, :restarting}, state}

          _ ->
            case __at_line__(482, do_start_child(state(state, :name), child)) do
              {:ok, pid, extra} ->
                {:reply, ok_reply(pid, extra), replace(state, child(child, pid: pid))}

              {:error, reason} ->
                {:reply, {:error, reason}, state}
            end
        end
    end
  end

  def handle_call({:delete_child, id}, _from, state) do
    case find(state, id) do
      nil ->
        {:reply, {:error, :not_found}, state}

      child ->
        case child(child, :pid) do
          pid when is_pid(pid) -> {:reply, {:error, :running}, state}
          {:restarting, _} -> {:reply, {:error, :restarting}, state}
          _ -> {:reply, :ok, remove(state, id)}
        end
    end
  end

  def handle_call({:get_childspec, id}, _from, state) do
    case find(state, id) do
      nil -> {:reply, {:error, :not_found}, state}
      c -> {:reply, {:ok, to_spec(c)}, state}
    end
  end

  def handle_call(other, _from, state) do
    {:reply, {:error, {:unknown_call, other}}, state}
  end

  # only the supervisor's own retry is a cast: any other one is a FunctionClauseError, as on OTP
  @file "supervisor.erl"
  @beamlet_def_line 589
  def handle_cast({:try_again_restart, {:restarting, old} = key}, state) when elem(state, 2) == :simple_one_for_one do
    case dynamics_args(state, key) do
      {:ok, args} -> simple_exited(key, args, {:restart_failed, old}, state)
      :error -> {:noreply, state}
    end
  end

  def handle_cast({:try_again_restart, id}, state) do
    case find(state, id) do
      nil ->
        {:noreply, state}

      child ->
        case child(child, :pid) do
          {:restarting, _} -> restart(child, state)
          _ -> {:noreply, state}
        end
    end
  end

  def handle_info({:EXIT, pid, reason}, state) when elem(state, 2) == :simple_one_for_one do
    case dynamics_args(state, pid) do
      :error -> {:noreply, state}
      {:ok, args} -> simple_exited(pid, args, reason, state)
    end
  end

  def handle_info({:EXIT, pid, reason}, state) do
    case Enum.find(children_list(state), fn c -> child(c, :pid) == pid end) do
      nil -> {:noreply, state}
      child -> child_exited(child, reason, state)
    end
  end

  def handle_info(msg, state) do
    Logger.bare_log(:error, "Supervisor received unexpected message: " <> inspect(msg) <> "\n")
    {:noreply, state}
  end

  def terminate(_reason, state) do
    if state(state, :strategy) == :simple_one_for_one do
      [child] = children_list(state)
      for pid <- dynamics_pids(state), do: shutdown_pid(pid, child(child, :shutdown))
    else
      terminate_children(children_list(state))
    end

    :ok
  end

  def code_change(_old, state, _extra), do: {:ok, state}

  # what :sys.get_status/1 shows after the generic server's own data (OTP's supervisor:format_status/2);
  # the crash report shows the state as it is
  def format_status(:terminate, [_pdict, state]), do: state

  def format_status(_opt, [_pdict, state]) do
    [data: [{'State', state}], supervisor: [{'Callback', state(state, :module)}]]
  end

  @file "supervisor.erl"
  @beamlet_frame_line 706
  defp handle_start_child(child, state) do
    case find(state, child(child, :id)) do
      nil ->
        case {do_start_child(state(state, :name), child), child(child, :restart_type)} do
          # (a temporary child whose start is ignored is not kept)
          {{:ok, :undefined, extra}, :temporary} ->
            {ok_reply(:undefined, extra), state}

          {{:ok, pid, extra}, _} ->
            # a temporary child added later keeps no arguments (it is never restarted):
            # get_childspec/2 and the state show {m, f, :undefined}, as on OTP
            child =
              case child(child, :restart_type) do
                :temporary -> child(child, pid: pid, mfargs: put_elem(child(child, :mfargs), 2, :undefined))
                _ -> child(child, pid: pid)
              end

            {ok_reply(pid, extra), put_children(state, [child | children_list(state)])}

          {{:error, reason}, _} ->
            {{:error, {reason, child}}, state}
        end

      found ->
        case child(found, :pid) do
          pid when is_pid(pid) -> {{:error, {:already_started, pid}}, state}
          _ -> {{:error, :already_present}, state}
        end
    end
  end

  # ---------------------------------------------------------------------------
  # :simple_one_for_one: one spec, children started with extra arguments

  defp simple_call(:which_children, state) do
    [child] = children_list(state)
    type = child(child, :child_type)
    modules = child(child, :modules)
    {:reply, for(pid <- dynamics_keys(state), do: {:undefined, shown_pid(pid), type, modules}), state}
  end

  defp simple_call(:count_children, state) do
    [child] = children_list(state)
    pids = dynamics_keys(state)
    active = Enum.count(pids, &is_pid/1)
    {sups, workers} = if child(child, :child_type) == :supervisor, do: {length(pids), 0}, else: {0, length(pids)}
    {:reply, %{specs: 1, active: active, supervisors: sups, workers: workers}, state}
  end

  defp simple_call({:terminate_child, pid}, state) when is_pid(pid) do
    case dynamics_args(state, pid) do
      :error ->
        {:reply, {:error, :not_found}, state}

      {:ok, _} ->
        [child] = children_list(state)
        shutdown_pid(pid, child(child, :shutdown))
        {:reply, :ok, dynamics_delete(state, pid)}
    end
  end

  defp simple_call({request, _id}, state) when request in [:terminate_child, :restart_child, :delete_child],
    do: {:reply, {:error, :simple_one_for_one}, state}

  defp simple_call(other, state), do: {:reply, {:error, {:unknown_call, other}}, state}

  defp simple_exited(pid, args, reason, state) do
    [child] = children_list(state)

    restart? = restart?(child, reason)

    if restart? do
      case add_restart(state) do
        {:ok, state} ->
          {m, f, _} = child(child, :mfargs)
          state = dynamics_delete(state, pid)

          case internal_result(do_start_child_i(m, f, args)) do
            {:ok, new_pid, _} when is_pid(new_pid) -> {:noreply, dynamics_put(state, new_pid, args)}
            {:ok, :undefined, _} -> {:noreply, state}
            # kept as {:restarting, pid} and tried again, as OTP does
            {:error, _} ->
              GenServer.cast(self(), {:try_again_restart, {:restarting, pid}})
              {:noreply, dynamics_put(state, {:restarting, pid}, args)}
          end

        {:shutdown, state} ->
          {:stop, :shutdown, dynamics_delete(state, pid)}
      end
    else
      auto_shutdown(child(child, :significant), dynamics_delete(state, pid))
    end
  end

  defp dynamics_keys(state), do: state |> state(:dynamics) |> elem(1) |> Map.keys()
  defp dynamics_pids(state), do: Enum.filter(dynamics_keys(state), &is_pid/1)
  defp shown_pid({:restarting, _}), do: :restarting
  defp shown_pid(pid), do: pid

  defp dynamics_args(state, pid) do
    case state(state, :dynamics) do
      {:maps, db} -> Map.fetch(db, pid)
      {:mapsets, db} -> if Map.has_key?(db, pid), do: {:ok, :undefined}, else: :error
    end
  end

  defp dynamics_put(state, pid, args) do
    case state(state, :dynamics) do
      {:maps, db} -> state(state, dynamics: {:maps, Map.put(db, pid, args)})
      {:mapsets, db} -> state(state, dynamics: {:mapsets, Map.put(db, pid, [])})
    end
  end

  defp dynamics_delete(state, pid) do
    {kind, db} = state(state, :dynamics)
    state(state, dynamics: {kind, Map.delete(db, pid)})
  end

  # ---------------------------------------------------------------------------
  # Restarts

  # whether a child that exited with reason is restarted, by its restart type
  defp restart?(child, reason) do
    case child(child, :restart_type) do
      :permanent -> true
      :temporary -> false
      :transient -> not normal_exit?(reason)
    end
  end

  defp child_exited(child, reason, state) do
    restart? = restart?(child, reason)

    cond do
      restart? ->
        restart(child, state)

      child(child, :restart_type) == :temporary ->
        auto_shutdown(child(child, :significant), remove(state, child(child, :id)))

      true ->
        auto_shutdown(child(child, :significant), replace(state, child(child, pid: :undefined)))
    end
  end

  # a significant child that stopped by itself (not restarted) shuts the supervisor down when
  # auto_shutdown is :any_significant, or with :all_significant once no significant child runs
  # (those stopped by terminate_child count as stopped); children it stops itself do not count
  defp auto_shutdown(false, state), do: {:noreply, state}

  defp auto_shutdown(true, state) do
    case state(state, :auto_shutdown) do
      :any_significant ->
        {:stop, :shutdown, state}

      :all_significant ->
        if significant_running?(state), do: {:noreply, state}, else: {:stop, :shutdown, state}

      :never ->
        {:noreply, state}
    end
  end

  defp significant_running?(state) do
    if state(state, :strategy) == :simple_one_for_one do
      dynamics_keys(state) != []
    else
      Enum.any?(children_list(state), fn c -> child(c, :significant) and child(c, :pid) != :undefined end)
    end
  end

  defp normal_exit?(:normal), do: true
  defp normal_exit?(:shutdown), do: true
  defp normal_exit?({:shutdown, _}), do: true
  defp normal_exit?(_), do: false

  # child still carries the pid it had (the dead one, or {:restarting, pid} on a retry)
  defp restart(child, state) do
    case add_restart(state) do
      {:ok, state} ->
        do_restart(child, state)

      {:shutdown, state} ->
        state =
          case child(child, :restart_type) do
            :temporary -> remove(state, child(child, :id))
            _ -> replace(state, child(child, pid: :undefined))
          end

        {:stop, :shutdown, state}
    end
  end

  defp do_restart(child, state) do
    case state(state, :strategy) do
      strategy when strategy in [:one_for_one, :simple_one_for_one] ->
        case do_start_child(state(state, :name), child) do
          {:ok, pid, _} -> {:noreply, replace(state, child(child, pid: pid))}
          {:error, _} -> try_again(child, state)
        end

      :one_for_all ->
        id = child(child, :id)
        others = terminate_children_keep(children_list(replace(state, child(child, pid: :undefined))), id)
        start_in_order(Enum.reverse(others), [], state)

      :rest_for_one ->
        {after_it, upto} = split_after(children_list(state), child(child, :id))
        after_it = terminate_children_keep(after_it, nil)
        [_ | before] = upto
        start_in_order([child(child, pid: :undefined) | Enum.reverse(after_it)], before, state)
    end
  end

  defp try_again(child, state) do
    GenServer.cast(self(), {:try_again_restart, child(child, :id)})
    {:noreply, replace(state, child(child, pid: restarting(child(child, :pid))))}
  end

  defp restarting(pid) when is_pid(pid), do: {:restarting, pid}
  defp restarting(other), do: other

  # start (in the given start order) the children that are not running, dropping
  # temporary ones; acc holds the already-settled children in reverse start order
  defp start_in_order([], acc, state), do: {:noreply, put_children(state, acc)}

  defp start_in_order([child | rest], acc, state) do
    cond do
      is_pid(child(child, :pid)) ->
        start_in_order(rest, [child | acc], state)

      child(child, :restart_type) == :temporary ->
        start_in_order(rest, acc, state)

      true ->
        case do_start_child(state(state, :name), child) do
          {:ok, pid, _} ->
            start_in_order(rest, [child(child, pid: pid) | acc], state)

          {:error, _} ->
            GenServer.cast(self(), {:try_again_restart, child(child, :id)})
            waiting = child(child, pid: {:restarting, :undefined})
            {:noreply, put_children(state, Enum.reverse(rest) ++ [waiting | acc])}
        end
    end
  end

  # OTP's count: restart times in monotonic seconds, newest first, those within period
  # seconds of now kept; more than intensity of them shuts the supervisor down
  defp add_restart(state) do
    now = :erlang.monotonic_time(1)
    threshold = now - state(state, :period)
    kept = Enum.take_while(state(state, :restarts), fn t -> t >= threshold end)
    restarts = [now | kept]
    state = state(state, restarts: restarts)

    if length(restarts) <= state(state, :intensity) do
      {:ok, state}
    else
      {:shutdown, state}
    end
  end

  # split reverse-ordered children into {started after id, id and before}
  defp split_after(children, id) do
    idx = Enum.find_index(children, fn c -> child(c, :id) == id end)
    Enum.split(children, idx)
  end

  # terminate (in the given = reverse start order) all children except keep_id,
  # marking them :undefined
  defp terminate_children_keep(children, keep_id) do
    Enum.map(children, fn c ->
      if child(c, :id) != keep_id and is_pid(child(c, :pid)) do
        shutdown_child(c)
        child(c, pid: :undefined)
      else
        c
      end
    end)
  end

  defp terminate_children(children) do
    Enum.each(children, fn c -> shutdown_child(c) end)
  end

  defp shutdown_child(c), do: shutdown_pid(child(c, :pid), child(c, :shutdown))

  @doc false
  # stops a child as OTP does (unlinked, then :shutdown with the timeout or :kill);
  # also used by DynamicSupervisor
  def shutdown_pid(pid, shutdown) when is_pid(pid) do
    ref = :erlang.monitor(:process, pid)
    :erlang.unlink(pid)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end

    case shutdown do
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

  def shutdown_pid(_, _), do: :ok

  # ---------------------------------------------------------------------------
  # the {ids, db} pair: ids newest first, db id => #child

  defp children_list(state) do
    {ids, db} = state(state, :children)
    Enum.map(ids, fn id -> Map.fetch!(db, id) end)
  end

  defp put_children(state, children) do
    ids = Enum.map(children, fn c -> child(c, :id) end)
    db = Map.new(children, fn c -> {child(c, :id), c} end)
    state(state, children: {ids, db})
  end

  defp find(state, id) do
    {_ids, db} = state(state, :children)
    Map.get(db, id)
  end

  defp remove(state, id) do
    {ids, db} = state(state, :children)
    state(state, children: {List.delete(ids, id), Map.delete(db, id)})
  end

  defp replace(state, child) do
    {ids, db} = state(state, :children)
    state(state, children: {ids, Map.put(db, child(child, :id), child)})
  end

  defp ok_reply(pid, nil), do: {:ok, pid}
  defp ok_reply(pid, {:extra, extra}), do: {:ok, pid, extra}

  defp to_spec(c) do
    %{
      id: child(c, :id),
      start: child(c, :mfargs),
      restart: child(c, :restart_type),
      shutdown: child(c, :shutdown),
      type: child(c, :child_type),
      modules: child(c, :modules),
      significant: child(c, :significant)
    }
  end
end
