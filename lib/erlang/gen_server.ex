# Erlang's :gen_server over GenServer's implementation (lib/otp/gen_server.ex: the same server
# loop, callbacks and crash reports; the :sys callbacks are here, as OTP's): Erlang's way of naming a server
# ({:local, name}, {:global, name}, {:via, mod, name}) and its options list, exits naming
# :gen_server's own functions ({:noproc, {:gen_server, :call, [server, request]}}), start_monitor,
# requests (send_request/wait_response/receive_response/check_response), multi_call and
# enter_loop. The node is not distributed: multi_call and abcast reach the local node only.
defmodule :gen_server do
  # the -callback attributes of OTP's module, in its source's order (behaviour_info/1 is exported)
  def behaviour_info(:callbacks), do: [init: 1, handle_call: 3, handle_cast: 2, handle_info: 2, handle_continue: 2, terminate: 2, code_change: 3, format_status: 2, format_status: 1]
  def behaviour_info(:optional_callbacks), do: [handle_info: 2, handle_continue: 2, terminate: 2, code_change: 3, format_status: 1, format_status: 2]

  @default_timeout 5000

  # ---- starting -------------------------------------------------------------------------------

  def start(mod, args, opts), do: GenServer.start(mod, args, without_name(opts))
  def start(name, mod, args, opts), do: GenServer.start(mod, args, [{:name, server_name(name)} | without_name(opts)])

  def start_link(mod, args, opts), do: GenServer.start_link(mod, args, without_name(opts))
  def start_link(name, mod, args, opts), do: GenServer.start_link(mod, args, [{:name, server_name(name)} | without_name(opts)])

  def start_monitor(mod, args, opts), do: monitored(start(mod, args, opts))
  def start_monitor(name, mod, args, opts), do: monitored(start(name, mod, args, opts))

  defp monitored({:ok, pid}), do: {:ok, {pid, :erlang.monitor(:process, pid)}}
  defp monitored(other), do: other

  defp server_name({:local, name}) when is_atom(name), do: name
  defp server_name({:global, _} = name), do: name
  defp server_name({:via, mod, _} = name) when is_atom(mod), do: name

  # Erlang's options have no name; GenServer would read one
  defp without_name(opts) when is_list(opts), do: :lists.keydelete(:name, 1, opts)

  # ---- calls and casts ------------------------------------------------------------------------

  @file "gen_server.erl"
  def call(server, request) do
    # (Erlang's catch: an error in :gen.call, a bad server name's function_clause, exits too)
    try do
      __at_line__(366, :gen.call(server, :"$gen_call", request, @default_timeout))
    catch
      :exit, reason -> __at_line__(370, exit({reason, {:gen_server, :call, [server, request]}}))
      :error, reason -> __at_line__(370, exit({{reason, __STACKTRACE__}, {:gen_server, :call, [server, request]}}))
    else
      {:ok, reply} -> reply
    end
  end

  @file "gen_server.erl"
  def call(server, request, timeout) do
    # (Erlang's catch: an error in :gen.call, a bad server name's function_clause, exits too)
    try do
      __at_line__(381, :gen.call(server, :"$gen_call", request, timeout))
    catch
      :exit, reason -> __at_line__(385, exit({reason, {:gen_server, :call, [server, request, timeout]}}))
      :error, reason -> __at_line__(385, exit({{reason, __STACKTRACE__}, {:gen_server, :call, [server, request, timeout]}}))
    else
      {:ok, reply} -> reply
    end
  end

  def cast(server, request), do: GenServer.cast(server, request)

  def reply(from, reply), do: GenServer.reply(from, reply)

  def abcast(name, request) when is_atom(name), do: GenServer.abcast(name, request)

  def abcast(nodes, name, request) when is_list(nodes) and is_atom(name) do
    if node() in nodes, do: GenServer.cast(name, request)
    :abcast
  end

  def multi_call(name, request), do: multi_call([node()], name, request, :infinity)
  def multi_call(nodes, name, request), do: multi_call(nodes, name, request, :infinity)

  def multi_call(nodes, name, request, timeout) when is_list(nodes) and is_atom(name),
    do: do_multi_call(nodes, name, request, timeout)

  # this node is the only one: the others are bad nodes. As OTP's, an infinite wait calls from the
  # caller itself, a finite one from a middleman the caller waits for (its late reply then goes
  # nowhere)
  @file "gen_server.erl"
  defp do_multi_call(nodes, name, request, :infinity) do
    {local, others} = Enum.split_with(nodes, &(&1 == node()))
    pid = if local == [], do: :undefined, else: :erlang.whereis(name)

    {replies, bad} =
      case pid do
        :undefined ->
          {[], local}

        pid ->
          try do
            {:ok, reply} = __at_line__(932, :gen.do_call(pid, :"$gen_call", request, :infinity))
            {[{node(), reply}], []}
          catch
            :exit, _ -> {[], [node()]}
          end
      end

    {replies, bad ++ others}
  end

  @file "gen_server.erl"
  defp do_multi_call(nodes, name, request, timeout) do
    {local, others} = Enum.split_with(nodes, &(&1 == node()))
    caller = self()
    tag = make_ref()

    {middleman, mref} =
      spawn_monitor(fn -> send(caller, {tag, if(local == [], do: {[], []}, else: local_call(name, request, timeout))}) end)

    receive do
      {^tag, {replies, bad}} ->
        :erlang.demonitor(mref, [:flush])
        {replies, bad ++ others}

      {:DOWN, ^mref, _, ^middleman, reason} ->
        __at_line__(966, exit(reason))
    end
  end

  defp local_call(name, request, timeout) do
    case :erlang.whereis(name) do
      :undefined ->
        {[], [node()]}

      pid ->
        try do
          {:ok, reply} = :gen.do_call(pid, :"$gen_call", request, timeout)
          {[{node(), reply}], []}
        catch
          :exit, _ -> {[], [node()]}
        end
    end
  end

  def stop(server), do: stop(server, :normal, :infinity)

  def stop(server, reason, timeout), do: :gen.stop(server, reason, timeout)

  # ---- requests -------------------------------------------------------------------------------

  # a request id is the monitor (and alias) the reply comes back on, as on OTP 25
  def send_request(server, request) do
    case GenServer.whereis(server) do
      nil ->
        # a server that is not there answers as a dead one: the monitor's :DOWN is :noproc
        ref = :erlang.make_ref()
        send(self(), {:DOWN, ref, :process, server, :noproc})
        ref

      pid ->
        ref = :erlang.monitor(:process, pid, alias: :demonitor)
        send(pid, {:"$gen_call", {self(), [:alias | ref]}, request})
        ref
    end
  end

  # the wait itself is :gen's; the try keeps this function's frame under it, as OTP's (any term is
  # a request id that no reply matches; a bad timeout is badarg)
  @file "gen_server.erl"
  def wait_response(req_id, timeout) do
    try do
      __at_line__(427, :gen.wait_response(req_id, wait_time(timeout)))
    catch
      :error, :badarg -> __at_line__(430, :erlang.error(:badarg, [req_id, timeout]))
    end
  end

  @file "gen_server.erl"
  def receive_response(req_id, timeout) do
    try do
      __at_line__(462, :gen.receive_response(req_id, wait_time(timeout)))
    catch
      :error, :badarg -> __at_line__(465, :erlang.error(:badarg, [req_id, timeout]))
    end
  end

  @file "gen_server.erl"
  @beamlet_frame_line 500
  def check_response(msg, req_id) when is_reference(req_id) do
    case msg do
      {[:alias | ^req_id], reply} ->
        :erlang.demonitor(req_id, [:flush])
        {:reply, reply}

      {:DOWN, ^req_id, _, object, reason} ->
        {:error, {reason, object}}

      _ ->
        :no_reply
    end
  end

  def check_response(msg, req_id), do: __at_line__(500, :erlang.error(:badarg, [msg, req_id]))

  # ---- request id collections (OTP 25): a map of request id => label ---------------------------

  def reqids_new(), do: %{}
  def reqids_size(coll) when is_map(coll), do: map_size(coll)
  def reqids_to_list(coll) when is_map(coll), do: :maps.to_list(coll)

  def reqids_add(req_id, label, coll) when is_reference(req_id) and is_map(coll) do
    if is_map_key(coll, req_id), do: :erlang.error(:badarg), else: Map.put(coll, req_id, label)
  end

  def reqids_add(_req_id, _label, _coll), do: :erlang.error(:badarg)

  def send_request(server, request, label, coll) when is_map(coll),
    do: reqids_add(send_request(server, request), label, coll)

  def wait_response(coll, timeout, delete) when is_map(coll) and is_boolean(delete) do
    timeout = wait_time(timeout)
    if map_size(coll) == 0, do: :no_request, else: collection_receive(coll, timeout, delete)
  end

  def wait_response(_coll, _timeout, _delete), do: :erlang.error(:badarg)

  # as wait_response/3, but a timeout abandons every request of the collection: late replies are
  # dropped (the alias is gone) instead of arriving later
  def receive_response(coll, timeout, delete) when is_map(coll) and is_boolean(delete) do
    case wait_response(coll, timeout, delete) do
      :timeout ->
        for {req_id, _} <- coll, do: :erlang.demonitor(req_id, [:flush])
        :timeout

      other ->
        other
    end
  end

  def receive_response(_coll, _timeout, _delete), do: :erlang.error(:badarg)

  def check_response(msg, coll, delete) when is_map(coll) and is_boolean(delete) do
    if map_size(coll) == 0 do
      :no_request
    else
      case msg do
        {[:alias | req_id], reply} when is_map_key(coll, req_id) ->
          :erlang.demonitor(req_id, [:flush])
          collected({:reply, reply}, req_id, coll, delete)

        {:DOWN, req_id, _, object, reason} when is_map_key(coll, req_id) ->
          collected({:error, {reason, object}}, req_id, coll, delete)

        _ ->
          :no_reply
      end
    end
  end

  def check_response(_msg, _coll, _delete), do: :erlang.error(:badarg)

  defp collection_receive(coll, timeout, delete) do
    receive do
      {[:alias | req_id], reply} when is_map_key(coll, req_id) ->
        :erlang.demonitor(req_id, [:flush])
        collected({:reply, reply}, req_id, coll, delete)

      {:DOWN, req_id, _, object, reason} when is_map_key(coll, req_id) ->
        collected({:error, {reason, object}}, req_id, coll, delete)
    after
      timeout -> :timeout
    end
  end

  defp collected(response, req_id, coll, true), do: {response, Map.fetch!(coll, req_id), Map.delete(coll, req_id)}
  defp collected(response, req_id, coll, false), do: {response, Map.fetch!(coll, req_id), coll}

  # a wait time is a timeout or {:abs, monotonic milliseconds}
  defp wait_time(:infinity), do: :infinity
  defp wait_time(ms) when is_integer(ms) and ms >= 0, do: ms
  defp wait_time({:abs, at}) when is_integer(at), do: max(at - :erlang.monotonic_time(:millisecond), 0)
  defp wait_time(_), do: :erlang.error(:badarg)

  # ---- the calling process becomes the server --------------------------------------------------

  def enter_loop(mod, opts, state), do: enter_loop(mod, opts, state, self(), :infinity)

  def enter_loop(mod, opts, state, timeout) when is_integer(timeout) or timeout == :infinity or timeout == :hibernate,
    do: enter_loop(mod, opts, state, self(), timeout)

  def enter_loop(mod, opts, state, {:continue, _} = continue), do: enter_loop(mod, opts, state, self(), continue)
  def enter_loop(mod, opts, state, name), do: enter_loop(mod, opts, state, name, :infinity)

  def enter_loop(mod, _opts, state, name, timeout) do
    name =
      case name do
        pid when pid == self() -> nil
        {:local, atom} -> if :erlang.whereis(atom) == self(), do: {:local, atom}, else: exit(:process_not_registered)
        other -> other
      end

    # only a process started as OTP starts its processes knows its parent
    parent =
      case Process.get(:"$ancestors") do
        [first | _] when is_pid(first) -> first
        [first | _] when is_atom(first) -> :erlang.whereis(first)
        _ -> exit(:process_was_not_started_by_proc_lib)
      end

    GenServer.__loop__(parent, name, mod, state, timeout)
  end

  # ---- the server's calls of its callbacks ----------------------------------------------------
  # GenServer (lib/otp/gen_server.ex) runs the server; its calls of init/1, handle_call/3,
  # handle_cast/2 and handle_info/2 go through these, named and placed as OTP's (@file,
  # @beamlet_frame_line: the line of the call each clause makes), so that a callback's failure
  # has OTP's frames under it. Each passes the callback's result on to GenServer as {:ok, value}
  # or {kind, reason, stacktrace}.

  @doc false
  @file "gen_server.erl"
  @beamlet_frame_line 814
  def init_it(starter, parent, name, mod, args, opts) do
    # (OTP keeps it in the loop's arguments; GenServer's loop reads it here)
    case is_list(opts) and Keyword.get(opts, :hibernate_after) do
      ms when is_integer(ms) and ms >= 0 -> Process.put(:"$beamlet_hibernate_after", ms)
      _ -> :ok
    end

    if is_list(opts), do: :sys.__start_debug__(Keyword.get(opts, :debug, []))
    result = init_it(mod, args)
    GenServer.__init_result__(result, starter, parent, name, mod)
  end

  @file "gen_server.erl"
  @beamlet_frame_line 851
  defp init_it(mod, args) do
    try do
      {:ok, mod.init(args)}
    catch
      :throw, value -> {:ok, value}
      kind, reason -> {kind, reason, __STACKTRACE__}
    end
  end

  @doc false
  @file "gen_server.erl"
  @beamlet_frame_line 1178
  def handle_msg({:"$gen_call", from, request} = msg, parent, name, mod, state, _hib) do
    GenServer.__debug__({:in, msg}, name)

    case try_handle_call(mod, request, from, state) do
      {:ok, {:stop, reason, reply, nstate}} ->
        try do
          __at_line__(1193, terminate(:exit, reason, [], reason, name, from, request, mod, nstate, []))
        after
          GenServer.reply(from, reply)
        end

      result ->
        GenServer.__call_result__(result, from, request, parent, name, mod, state)
    end
  end

  @beamlet_frame_line 1200
  def handle_msg(msg, parent, name, mod, state, _hib) do
    GenServer.__debug__({:in, msg}, name)

    result =
      case msg do
        {:"$gen_cast", request} -> try_dispatch(mod, :handle_cast, request, state)
        _ -> try_dispatch(mod, :handle_info, msg, state)
      end

    GenServer.__dispatch_result__(result, msg, parent, name, mod, state)
  end

  @doc false
  @file "gen_server.erl"
  @beamlet_frame_line 865
  def loop(parent, name, state, mod, {:continue, continue} = cont, _hibernate_after, _debug) do
    result = try_dispatch(mod, :handle_continue, continue, state)
    GenServer.__continue_result__(result, cont, parent, name, mod, state)
  end

  @file "gen_server.erl"
  @beamlet_frame_line 1123
  defp try_dispatch(mod, fun, msg, state) do
    try do
      {:ok, apply(mod, fun, [msg, state])}
    catch
      :throw, value -> {:ok, value}
      kind, reason -> {kind, reason, __STACKTRACE__}
    end
  end

  @file "gen_server.erl"
  @beamlet_frame_line 1149
  defp try_handle_call(mod, request, from, state) do
    try do
      {:ok, mod.handle_call(request, from, state)}
    catch
      :throw, value -> {:ok, value}
      kind, reason -> {kind, reason, __STACKTRACE__}
    end
  end

  # ---- the system messages (:sys calls these back, as OTP's :gen_server) -----------------------
  # misc is the loop's {name, mod, state, timeout}

  @doc false
  def system_continue(parent, _debug, {name, mod, state, timeout}) do
    GenServer.__loop__(parent, name, mod, state, timeout)
  end

  @doc false
  def system_terminate(reason, _parent, _debug, {name, mod, state, _timeout}) do
    terminate(:exit, reason, [], reason, name, nil, [], mod, state, [])
  end

  @doc false
  def system_get_state({_name, _mod, state, _timeout}), do: {:ok, state}

  @doc false
  def system_replace_state(fun, {name, mod, state, timeout}) do
    nstate = fun.(state)
    {:ok, nstate, {name, mod, nstate, timeout}}
  end

  @doc false
  @file "gen_server.erl"
  def system_code_change({name, mod, state, timeout}, _module, old_vsn, extra) do
    result = __at_line__(1288, __catch__(mod.code_change(old_vsn, state, extra)))

    case result do
      {:ok, nstate} -> {:ok, {name, mod, nstate, timeout}}
      other -> other
    end
  end

  @doc false
  # (beamlet's :sys asks each callback module for its status this way)
  def system_status_data({name, mod, state, _timeout}, status, parent) do
    header = 'Status for generic server ' ++ name_chars(GenServer.__report_name__(name))

    [
      header: header,
      data: [{'Status', status}, {'Parent', parent}, {'Logged events', []}]
    ] ++ List.wrap(GenServer.__format_status__(:normal, mod, state))
  end
  defp name_chars(atom) when is_atom(atom), do: :erlang.atom_to_list(atom)
  defp name_chars(pid) when is_pid(pid) do
    try do
      :erlang.pid_to_list(pid)
    catch
      :error, _ ->
        "#PID" <> rest = inspect(pid)
        :erlang.binary_to_list(rest)
    end
  end
  defp name_chars(other), do: String.to_charlist(inspect(other))

  @doc false
  # how a server ends (GenServer's loop calls it): class/reason/stacktrace, and what the report shows
  @file "gen_server.erl"
  @beamlet_frame_line 1351
  def terminate(class, reason, stacktrace, report_reason, name, from, msg, mod, state, _debug) do
    exit_reason = if class == :error, do: {reason, stacktrace}, else: reason
    result = try_terminate(mod, exit_reason, state)
    GenServer.__terminated__(result, exit_reason, report_reason, name, from, msg, GenServer.__format_status__(:terminate, mod, state))
  end

  @doc false
  @file "gen_server.erl"
  @beamlet_frame_line 1161
  def try_terminate(mod, reason, state) do
    if GenServer.__exported__(mod, :terminate, 2) do
      try do
        {:ok, mod.terminate(reason, state)}
      catch
        :throw, value -> {:ok, value}
        # (a VM without function_exported/3: a module with no terminate/2)
        :error, :undef ->
          case __STACKTRACE__ do
            [{^mod, :terminate, _, _} | _] -> {:ok, :ok}
            st -> {:error, :undef, st}
          end

        kind, reason -> {kind, reason, __STACKTRACE__}
      end
    else
      {:ok, :ok}
    end
  end
end
