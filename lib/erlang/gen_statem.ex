# Erlang's :gen_statem, the OTP state machine behaviour, on the same starting, naming, :gen.call
# and :sys machinery as GenServer: callback modes :state_functions and :handle_event_function,
# state enter calls, postponed events, inserted events (next_event), event, state and generic
# timeouts, replies as actions, stop_and_reply, terminate/3, code_change/4 through :sys. Elixir
# 1.14's Logger prints no report when a state machine crashes, so none is written here.
#
# The server's state is a map (also the :sys misc): parent, name, mod, mode, enter (state enter
# calls on), state, data, postponed (newest first), timers (%{type => {tref, content}}) and
# event_timeout (nil or {time, content}: started when the server waits with no queued event).
defmodule :gen_statem do
  # the -callback attributes of OTP's module, in its source's order (behaviour_info/1 is exported)
  def behaviour_info(:callbacks), do: [init: 1, callback_mode: 0, state_name: 3, handle_event: 4, terminate: 3, code_change: 4, format_status: 2, format_status: 1]
  def behaviour_info(:optional_callbacks), do: [format_status: 1, format_status: 2, terminate: 3, code_change: 4, state_name: 3, handle_event: 4]

  # ---- starting -------------------------------------------------------------------------------

  def start(mod, args, opts), do: do_start(:nolink, nil, mod, args, opts)
  def start(name, mod, args, opts), do: do_start(:nolink, name, mod, args, opts)
  def start_link(mod, args, opts), do: do_start(:link, nil, mod, args, opts)
  def start_link(name, mod, args, opts), do: do_start(:link, name, mod, args, opts)
  def start_monitor(mod, args, opts), do: monitored(start(mod, args, opts))
  def start_monitor(name, mod, args, opts), do: monitored(start(name, mod, args, opts))

  defp monitored({:ok, pid}), do: {:ok, {pid, :erlang.monitor(:process, pid)}}
  defp monitored(other), do: other

  defp do_start(link, name, mod, args, opts) do
    GenServer.__start__(link, name, opts, fn starter, parent, name ->
      Process.put(:"$initial_call", {mod, :init, 1})
      init_it(starter, parent, name, mod, args, opts)
    end)
  end

  # (OTP's init_it/6 calls init/1 at gen_statem.erl:1018)
  @doc false
  @file "gen_statem.erl"
  def init_it(starter, parent, name, mod, args, _opts) do
    result =
      try do
        {:ok, __at_line__(1018, mod.init(args))}
      catch
        :throw, value -> {:ok, value}
        kind, reason -> {kind, reason, __STACKTRACE__}
      end

    case result do
      {:ok, {:ok, state, data}} ->
        GenServer.__init_ack__(starter, {:ok, self()})
        enter_first(parent, name, mod, state, data, [])

      {:ok, {:ok, state, data, actions}} ->
        GenServer.__init_ack__(starter, {:ok, self()})
        enter_first(parent, name, mod, state, data, actions)

      {:ok, {:stop, reason}} ->
        GenServer.__unregister_name__(name)
        GenServer.__init_ack__(starter, {:error, reason})
        exit(reason)

      {:ok, :ignore} ->
        GenServer.__unregister_name__(name)
        GenServer.__init_ack__(starter, :ignore)
        exit(:normal)

      {:ok, other} ->
        reason = {:bad_return_from_init, other}
        GenServer.__unregister_name__(name)
        GenServer.__init_ack__(starter, {:error, reason})
        exit(reason)

      {kind, reason, stacktrace} ->
        GenServer.__unregister_name__(name)
        GenServer.__init_ack__(starter, {:error, reason})
        :erlang.raise(kind, reason, stacktrace)
    end
  end

  # the machine's first state: init's actions (no postpone), then the state enter call with the
  # state itself as the old one, then the events
  defp enter_first(parent, name, mod, state, data, actions) do
    s = %{parent: parent, name: name, mod: mod, mode: nil, enter: false, state: state, data: data,
          postponed: [], timers: %{}, event_timeout: nil}
    s = callback_mode(s)
    transition(s, {:init, state}, state, data, actions, [], true)
  end

  # callback_mode/0, asked when the machine starts and after a code change
  defp callback_mode(s) do
    mode =
      try do
        s.mod.callback_mode()
      catch
        :throw, value -> value
      end

    case parse_mode(mode) do
      {m, enter} -> %{s | mode: m, enter: enter}
      :error -> terminate(:error, {:bad_return_from_callback_mode, mode}, internal_stack(), s, [])
    end
  end

  defp parse_mode(mode) when mode in [:state_functions, :handle_event_function], do: {mode, false}

  defp parse_mode(modes) when is_list(modes) do
    Enum.reduce_while(modes, {nil, false}, fn
      m, {_, enter} when m in [:state_functions, :handle_event_function] -> {:cont, {m, enter}}
      :state_enter, {m, _} -> {:cont, {m, true}}
      _, _ -> {:halt, :error}
    end)
    |> case do
      {nil, _} -> :error
      other -> other
    end
  end

  defp parse_mode(_), do: :error

  # ---- the client side ------------------------------------------------------------------------

  def call(server, request), do: call(server, request, :infinity)

  # OTP 25's call/3: without a timeout, or with {:dirty_timeout, t}, or to a server on this node
  # named by its pid (or {name, node()}), the caller waits itself (call_dirty); otherwise a proxy
  # process makes the call (call_clean), so that a reply arriving after the timeout goes to the
  # proxy, long gone, not to the caller: the server sees the proxy as the caller, and a failure
  # is raised again in the caller with the proxy's stack
  @file "gen_statem.erl"
  @beamlet_def_line 643
  def call(server, request, :infinity = timeout), do: call_dirty(server, request, timeout, :infinity)
  @file "gen_statem.erl"
  def call(server, request, {:dirty_timeout, t} = timeout), do: call_dirty(server, request, timeout, t)
  @file "gen_statem.erl"
  def call(server, request, {:clean_timeout, t} = timeout), do: call_clean(server, request, timeout, t)
  @file "gen_statem.erl"
  @beamlet_frame_line 650
  def call(server, request, {_, _} = timeout), do: :erlang.error(:badarg, [server, request, timeout])
  @file "gen_statem.erl"
  def call(server, request, timeout), do: call_clean(server, request, timeout, timeout)

  @file "gen_statem.erl"
  @beamlet_def_line 899
  defp call_dirty(server, request, timeout, t) do
    try do
      __at_line__(900, :gen.call(server, :"$gen_call", request, t))
    catch
      class, reason -> :erlang.raise(class, {reason, {:gen_statem, :call, [server, request, timeout]}}, __STACKTRACE__)
    else
      {:ok, reply} -> reply
    end
  end

  @file "gen_statem.erl"
  @beamlet_def_line 913
  defp call_clean(server, request, timeout, t)
       when (is_pid(server) and node(server) == node()) or
              (is_tuple(server) and tuple_size(server) == 2 and elem(server, 1) == node() and is_atom(elem(server, 0))),
       do: call_dirty(server, request, timeout, t)

  @file "gen_statem.erl"
  defp call_clean(server, request, timeout, t) do
    ref = make_ref()
    caller = self()
    # (the proxy's fun holds five values, as OTP's -call_clean/4-fun-0-/5)
    pid =
      spawn(fn ->
        send(
          caller,
          try do
            __at_line__(934, :gen.call(server, :"$gen_call", request, t))
          catch
            class, reason -> {ref, class, reason, __STACKTRACE__}
          else
            result -> {ref, result}
          end
        )
      end)

    mref = Process.monitor(pid)

    receive do
      {^ref, {:ok, reply}} ->
        Process.demonitor(mref, [:flush])
        reply

      {^ref, class, reason, stacktrace} ->
        Process.demonitor(mref, [:flush])
        :erlang.raise(class, {reason, {:gen_statem, :call, [server, request, timeout]}}, stacktrace)

      {:DOWN, ^mref, _, _, reason} ->
        exit(reason)
    end
  end

  def cast(server, msg) do
    GenServer.cast(server, msg)
  end

  def reply({:reply, from, reply}), do: reply(from, reply)
  def reply(replies) when is_list(replies), do: Enum.each(replies, &reply/1)
  def reply(from, reply), do: GenServer.reply(from, reply)

  # OTP's gen:stop, shared with :gen_server
  def stop(server), do: :gen_server.stop(server, :normal, :infinity)
  def stop(server, reason, timeout), do: :gen_server.stop(server, reason, timeout)

  def send_request(server, request), do: :gen_server.send_request(server, request)
  def wait_response(req_id), do: :gen_server.wait_response(req_id, :infinity)
  def wait_response(req_id, timeout), do: :gen_server.wait_response(req_id, timeout)
  def receive_response(req_id), do: :gen_server.receive_response(req_id, :infinity)
  def receive_response(req_id, timeout), do: :gen_server.receive_response(req_id, timeout)
  def check_response(msg, req_id), do: :gen_server.check_response(msg, req_id)

  # ---- the server loop ------------------------------------------------------------------------

  defp loop(s, [{type, content} | queue]), do: handle_event(s, type, content, queue)

  defp loop(%{event_timeout: nil} = s, []) do
    receive do
      msg -> decode(msg, s)
    end
  end

  defp loop(%{event_timeout: {time, content}} = s, []) do
    receive do
      msg -> decode(msg, %{s | event_timeout: nil})
    after
      time -> handle_event(%{s | event_timeout: nil}, :timeout, content, [])
    end
  end

  defp decode(msg, s) do
    parent = s.parent

    case msg do
      {:system, from, req} ->
        :sys.handle_system_msg(req, from, parent, :gen_statem, [], s)

      {:EXIT, ^parent, reason} ->
        terminate(:exit, reason, [], s, [])

      {:"$gen_call", from, request} ->
        handle_event(s, {:call, from}, request, [])

      {:"$gen_cast", request} ->
        handle_event(s, :cast, request, [])

      {:timeout, tref, type} ->
        case s.timers do
          %{^type => {^tref, content}} -> handle_event(%{s | timers: Map.delete(s.timers, type)}, type, content, [])
          _ -> handle_event(s, :info, msg, [])
        end

      _ ->
        handle_event(s, :info, msg, [])
    end
  end

  defp handle_event(s, type, content, queue) do
    loop_state_callback(s, s.mod, s.mode, s.state, s.data, type, content, queue, false, s.parent, s.name)
  end

  # the call of the state callback, under OTP's frame (gen_statem.erl's loop_state_callback/11:
  # a callback's stack trace shows it, then proc_lib's); its result goes on to event_result/4 or,
  # for a state enter call, enter_result/3
  @file "gen_statem.erl"
  defp loop_state_callback(s, mod, mode, state, data, type, content, queue, enter, _parent, _name) do
    result =
      try do
        case mode do
          :state_functions -> {:ok, __at_line__(1426, apply(mod, state, [type, content, data]))}
          :handle_event_function -> {:ok, __at_line__(1428, mod.handle_event(type, content, state, data))}
        end
      catch
        :throw, value -> {:ok, value}
        kind, reason -> {kind, reason, __STACKTRACE__}
      end

    case result do
      {:ok, r} when enter -> enter_result(s, r, queue)
      {:ok, r} -> event_result(s, {type, content}, r, queue)
      {kind, reason, stacktrace} -> terminate(kind, reason, stacktrace, s, queue)
    end
  end

  # what a state callback returned for an event
  defp event_result(s, event, result, queue) do
    state = s.state

    case result do
      {:next_state, ns, nd} -> transition(s, event, ns, nd, [], queue, false)
      {:next_state, ns, nd, actions} -> transition(s, event, ns, nd, actions, queue, false)
      {:keep_state, nd} -> transition(s, event, state, nd, [], queue, false)
      {:keep_state, nd, actions} -> transition(s, event, state, nd, actions, queue, false)
      :keep_state_and_data -> transition(s, event, state, s.data, [], queue, false)
      {:keep_state_and_data, actions} -> transition(s, event, state, s.data, actions, queue, false)
      {:repeat_state, nd} -> transition(s, event, state, nd, [], queue, true)
      {:repeat_state, nd, actions} -> transition(s, event, state, nd, actions, queue, true)
      :repeat_state_and_data -> transition(s, event, state, s.data, [], queue, true)
      {:repeat_state_and_data, actions} -> transition(s, event, state, s.data, actions, queue, true)
      {:stop, reason} -> terminate(:exit, reason, [], s, queue)
      {:stop, reason, nd} -> terminate(:exit, reason, [], %{s | data: nd}, queue)
      {:stop_and_reply, reason, replies} -> stop_and_reply(s, reason, replies, s.data, queue)
      {:stop_and_reply, reason, replies, nd} -> stop_and_reply(s, reason, replies, nd, queue)
      other -> terminate(:error, {:bad_return_from_state_function, other}, internal_stack(), s, queue)
    end
  end

  defp stop_and_reply(s, reason, replies, nd, queue) do
    s = %{s | data: nd}

    Enum.each(List.wrap(replies), fn
      {:reply, from, reply} -> reply(from, reply)
      other -> terminate(:error, {:bad_action_from_state_function, other}, internal_stack(), s, queue)
    end)

    terminate(:exit, reason, [], s, queue)
  end

  # a state callback's outcome: its actions, the postponing of the event, the state enter call
  # when the state changed (or is repeated), the queue and the timeouts
  defp transition(s, event, ns, nd, actions, queue, repeat) do
    {s, acts} = actions(s, List.wrap(actions), %{postpone: false, next: [], timeouts: []}, :event)
    {type, _} = event
    old = s.state

    postponed =
      if acts.postpone and type != :init do
        [event | s.postponed]
      else
        s.postponed
      end

    changed = ns !== old or type == :init
    s = %{s | state: ns, data: nd, postponed: postponed, event_timeout: nil}

    # a new state: the postponed events come back first (oldest first), its state timeout ends
    {s, queue} =
      if ns !== old do
        {%{cancel_timer(s, :state_timeout) | postponed: []}, Enum.reverse(postponed) ++ queue}
      else
        {s, queue}
      end

    queue = acts.next ++ queue
    s = start_timeouts(s, acts.timeouts, queue)
    {s, queue} = take_zero_timeouts(s, queue)

    if s.enter and (changed or repeat) do
      enter_call(s, old_state(event, old), queue)
    else
      loop(s, queue)
    end
  end

  defp old_state({:init, state}, _old), do: state
  defp old_state(_event, old), do: old

  # the state enter call: only keep_state/repeat_state-like results and actions other than
  # postpone and next_event
  defp enter_call(s, old, queue) do
    loop_state_callback(s, s.mod, s.mode, s.state, s.data, :enter, old, queue, true, s.parent, s.name)
  end

  defp enter_result(s, result, queue) do
    state = s.state

    case result do
      {:next_state, ^state, nd} -> after_enter(s, nd, [], queue)
      {:next_state, ^state, nd, actions} -> after_enter(s, nd, actions, queue)
      {:keep_state, nd} -> after_enter(s, nd, [], queue)
      {:keep_state, nd, actions} -> after_enter(s, nd, actions, queue)
      :keep_state_and_data -> after_enter(s, s.data, [], queue)
      {:keep_state_and_data, actions} -> after_enter(s, s.data, actions, queue)
      {:repeat_state, nd} -> after_enter(s, nd, [], queue)
      {:repeat_state, nd, actions} -> after_enter(s, nd, actions, queue)
      :repeat_state_and_data -> after_enter(s, s.data, [], queue)
      {:repeat_state_and_data, actions} -> after_enter(s, s.data, actions, queue)
      {:stop, reason} -> terminate(:exit, reason, [], s, queue)
      {:stop, reason, nd} -> terminate(:exit, reason, [], %{s | data: nd}, queue)
      {:stop_and_reply, reason, replies} -> stop_and_reply(s, reason, replies, s.data, queue)
      {:stop_and_reply, reason, replies, nd} -> stop_and_reply(s, reason, replies, nd, queue)
      other -> terminate(:error, {:bad_state_enter_return_from_state_function, other}, internal_stack(), s, queue)
    end
  end

  defp after_enter(s, nd, actions, queue) do
    {s, acts} = actions(s, List.wrap(actions), %{postpone: false, next: [], timeouts: []}, :enter)
    s = start_timeouts(%{s | data: nd}, acts.timeouts, queue)
    {s, queue} = take_zero_timeouts(s, queue)
    loop(s, queue)
  end

  # the actions in order: replies go out at once, the rest is collected
  defp actions(s, [], acts, _kind), do: {s, %{acts | next: Enum.reverse(acts.next), timeouts: Enum.reverse(acts.timeouts)}}

  defp actions(s, [action | rest], acts, kind) do
    case action do
      {:reply, from, reply} ->
        reply(from, reply)
        actions(s, rest, acts, kind)

      :hibernate -> actions(s, rest, acts, kind)
      {:hibernate, flag} when is_boolean(flag) -> actions(s, rest, acts, kind)
      :postpone when kind == :event -> actions(s, rest, %{acts | postpone: true}, kind)
      {:postpone, flag} when is_boolean(flag) and kind == :event -> actions(s, rest, %{acts | postpone: flag}, kind)

      {:next_event, type, content} when kind == :event ->
        if event_type?(type) do
          actions(s, rest, %{acts | next: [{type, content} | acts.next]}, kind)
        else
          bad_action(s, action, kind)
        end

      {:change_callback_module, mod} when is_atom(mod) ->
        actions(callback_mode(%{s | mod: mod}), rest, acts, kind)

      time when is_integer(time) and time >= 0 -> actions(s, rest, timeout_action(acts, :timeout, time, time, []), kind)
      :infinity -> actions(s, rest, timeout_action(acts, :timeout, :infinity, :infinity, []), kind)
      {type, time, content} -> timeout(s, rest, acts, kind, action, type, time, content, [])
      {type, time, content, opts} when is_list(opts) -> timeout(s, rest, acts, kind, action, type, time, content, opts)
      {type, :cancel} -> timeout(s, rest, acts, kind, action, type, :cancel, nil, [])
      _ -> bad_action(s, action, kind)
    end
  end

  defp timeout(s, rest, acts, kind, action, type, time, content, opts) do
    valid_type = type in [:timeout, :state_timeout] or match?({:timeout, _}, type)
    valid_time = time in [:infinity, :cancel, :update] or (is_integer(time) and (time >= 0 or opts != []))

    if valid_type and valid_time and not (type == :timeout and time in [:cancel, :update]) do
      actions(s, rest, timeout_action(acts, type, time, content, opts), kind)
    else
      bad_action(s, action, kind)
    end
  end

  defp timeout_action(acts, type, time, content, opts), do: %{acts | timeouts: [{type, time, content, opts} | acts.timeouts]}

  defp bad_action(s, action, :event), do: terminate(:error, {:bad_action_from_state_function, action}, internal_stack(), s, [])
  defp bad_action(s, action, :enter), do: terminate(:error, {:bad_state_enter_action_from_state_function, action}, internal_stack(), s, [])

  defp event_type?(type) when type in [:cast, :info, :timeout, :state_timeout, :internal], do: true
  defp event_type?({:call, {pid, _}}) when is_pid(pid), do: true
  defp event_type?({:timeout, _}), do: true
  defp event_type?(_), do: false

  # timeouts of a transition: the event timeout starts only when no event is queued (an event
  # would cancel it); a zero state or generic timeout is an event queued after the others
  defp start_timeouts(s, timeouts, queue) do
    Enum.reduce(timeouts, s, fn
      {:timeout, :infinity, _content, _opts}, s -> %{s | event_timeout: nil}
      {:timeout, time, content, opts}, s -> if queue == [], do: %{s | event_timeout: {relative(time, opts), content}}, else: s
      {type, :cancel, _, _}, s -> cancel_timer(s, type)
      {type, :update, content, _}, s ->
        case s.timers do
          %{^type => {tref, _}} -> %{s | timers: Map.put(s.timers, type, {tref, content})}
          _ -> zero(s, type, content)
        end

      {type, :infinity, _content, _opts}, s -> cancel_timer(s, type)
      {type, time, content, opts}, s ->
        s = cancel_timer(s, type)

        case relative(time, opts) do
          0 -> zero(s, type, content)
          t -> %{s | timers: Map.put(s.timers, type, {:erlang.start_timer(t, self(), type), content})}
        end
    end)
  end

  defp zero(s, type, content), do: %{s | timers: Map.put(s.timers, type, {:zero, content})}

  defp take_zero_timeouts(s, queue) do
    zeros = for {type, {:zero, content}} <- s.timers, do: {type, content}
    timers = for {type, {tref, _} = t} <- s.timers, tref != :zero, into: %{}, do: {type, t}
    {%{s | timers: timers}, queue ++ zeros}
  end

  defp relative(time, opts) do
    if Keyword.get(opts, :abs, false) do
      max(time - :erlang.monotonic_time(:millisecond), 0)
    else
      time
    end
  end

  defp cancel_timer(s, type) do
    case s.timers do
      %{^type => {tref, _}} ->
        if is_reference(tref) do
          :erlang.cancel_timer(tref)

          receive do
            {:timeout, ^tref, _} -> :ok
          after
            0 -> :ok
          end
        end

        %{s | timers: Map.delete(s.timers, type)}

      _ ->
        s
    end
  end

  # ---- ending -----------------------------------------------------------------------------------

  # OTP's frames for the errors gen_statem itself raises (bad returns and actions)
  defp internal_stack do
    [
      {:gen_statem, :loop_state_callback_result, 11, [file: 'gen_statem.erl', line: 1580]},
      {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}
    ]
  end

  defp terminate(kind, reason, stacktrace, s, _queue) do
    if GenServer.__exported__(s.mod, :terminate, 3) do
      try do
        s.mod.terminate(reason, s.state, s.data)
      catch
        :throw, _ -> :ok
        :error, :undef ->
          case __STACKTRACE__ do
            [{mod, :terminate, _, _} | _] when mod == s.mod -> :ok
            st -> :erlang.raise(:error, :undef, st)
          end
      end
    end

    GenServer.__unregister_name__(s.name)

    case kind do
      :exit -> exit(reason)
      _ -> :erlang.raise(kind, reason, stacktrace)
    end
  end

  # ---- :sys callbacks -------------------------------------------------------------------------

  @doc false
  def system_continue(_parent, _debug, s), do: loop(s, [])

  @doc false
  def system_terminate(reason, _parent, _debug, s), do: terminate(:exit, reason, [], s, [])

  @doc false
  def system_get_state(s), do: {:ok, {s.state, s.data}}

  @doc false
  def system_replace_state(fun, s) do
    {state, data} = fun.({s.state, s.data})
    {:ok, {state, data}, %{s | state: state, data: data}}
  end

  @doc false
  @file "gen_statem.erl"
  def system_code_change(s, _module, old_vsn, extra) do
    case __at_line__(1094, s.mod.code_change(old_vsn, s.state, s.data, extra)) do
      {:ok, state, data} -> {:ok, callback_mode(%{s | state: state, data: data})}
      other -> other
    end
  end

  @doc false
  def system_status_data(s, status, parent) do
    name =
      case GenServer.__report_name__(s.name) do
        pid when is_pid(pid) -> :erlang.pid_to_list(pid)
        atom when is_atom(atom) -> :erlang.atom_to_list(atom)
        other -> String.to_charlist(inspect(other))
      end

    timeouts = for {type, {_tref, content}} <- s.timers, do: {type, content}
    timeouts = if s.event_timeout, do: [{:timeout, elem(s.event_timeout, 1)} | timeouts], else: timeouts

    [
      header: 'Status for state machine ' ++ name,
      data: [
        {'Status', status},
        {'Parent', parent},
        {'Modules', [s.mod]},
        {'Time-outs', {length(timeouts), timeouts}},
        {'Logged Events', []},
        {'Postponed', Enum.reverse(s.postponed)}
      ],
      data: [{'State', {s.state, s.data}}]
    ]
  end
end
