defmodule :sys do
  # where a server keeps its debug options other than trace (see __handle_debug__/2)
  @debug :"$beamlet_sys_debug"

  @moduledoc """
  The system message protocol of OTP's sys module.

  A client sends `{:system, {pid, tag}, request}` (through GenServer.__call__ with the
  label :system); the server, when it receives it in its loop, calls
  `:sys.handle_system_msg(request, from, parent, module, debug, misc)`, which answers
  and then either calls back `module.system_continue(parent, debug, misc)` (running),
  stays in a suspended loop here (only system messages and the parent's exit are
  received; everything else stays queued), or calls `module.system_terminate/4`.

  The callback module implements system_continue/3, system_terminate/4,
  system_get_state/1, system_replace_state/2, system_code_change/4 and
  system_status_data/3 (the last is beamlet's stand-in for format_status).
  """

  # ---------------------------------------------------------------------------
  # Client API

  # (the frames name OTP 25's sys.erl: get_state and replace_state look at the reply, so their
  # own frame stays under send_system_msg's; the others tail-call it)
  @file "sys.erl"
  def get_state(name) do
    case __at_line__(139, send_system_msg(name, :get_state)) do
      {:ok, state} -> state
      {:error, reason} -> __at_line__(140, :erlang.error(reason))
    end
  end

  @file "sys.erl"
  def get_state(name, timeout) do
    case __at_line__(149, send_system_msg(name, :get_state, timeout)) do
      {:ok, state} -> state
      {:error, reason} -> __at_line__(150, :erlang.error(reason))
    end
  end

  @file "sys.erl"
  def replace_state(name, fun) do
    case __at_line__(159, send_system_msg(name, {:replace_state, fun})) do
      {:ok, state} -> state
      {:error, reason} -> __at_line__(160, :erlang.error(reason))
    end
  end

  @file "sys.erl"
  def replace_state(name, fun, timeout) do
    case __at_line__(170, send_system_msg(name, {:replace_state, fun}, timeout)) do
      {:ok, state} -> state
      {:error, reason} -> __at_line__(171, :erlang.error(reason))
    end
  end

  def suspend(name), do: send_system_msg(name, :suspend)
  def suspend(name, timeout), do: send_system_msg(name, :suspend, timeout)

  def resume(name), do: send_system_msg(name, :resume)
  def resume(name, timeout), do: send_system_msg(name, :resume, timeout)

  def change_code(name, mod, vsn, extra), do: send_system_msg(name, {:change_code, mod, vsn, extra})
  def change_code(name, mod, vsn, extra, timeout), do: send_system_msg(name, {:change_code, mod, vsn, extra}, timeout)

  def get_status(name), do: send_system_msg(name, :get_status)
  def get_status(name, timeout), do: send_system_msg(name, :get_status, timeout)

  # trace(server, true): the server prints each event it handles ("*DBG* name got call ...")
  def trace(name, flag), do: send_system_msg(name, {:debug, {:trace, flag}})
  def trace(name, flag, timeout), do: send_system_msg(name, {:debug, {:trace, flag}}, timeout)

  # statistics(server, true | false | :get): messages in and out, reductions, since it was turned on
  def statistics(name, flag), do: send_system_msg(name, {:debug, {:statistics, flag}})
  def statistics(name, flag, timeout), do: send_system_msg(name, {:debug, {:statistics, flag}}, timeout)

  # log(server, true | {true, n} | false | :get | :print): the last n events (10 by default)
  def log(name, flag), do: send_system_msg(name, {:debug, {:log, flag}})
  def log(name, flag, timeout), do: send_system_msg(name, {:debug, {:log, flag}}, timeout)

  # install(server, {fun, state} | {id, fun, state}): fun.(state, event, name) for each event,
  # its result the next state (:done removes it)
  def install(name, func), do: send_system_msg(name, {:debug, {:install, func}})
  def install(name, func, timeout), do: send_system_msg(name, {:debug, {:install, func}}, timeout)
  def remove(name, func), do: send_system_msg(name, {:debug, {:remove, func}})
  def remove(name, func, timeout), do: send_system_msg(name, {:debug, {:remove, func}}, timeout)

  # log_to_file(server, file | false): each event written to the file as trace prints it
  def log_to_file(name, file), do: send_system_msg(name, {:debug, {:log_to_file, file}})
  def log_to_file(name, file, timeout), do: send_system_msg(name, {:debug, {:log_to_file, file}}, timeout)

  def no_debug(name), do: send_system_msg(name, {:debug, :no_debug})
  def no_debug(name, timeout), do: send_system_msg(name, {:debug, :no_debug}, timeout)

  def terminate(name, reason), do: send_system_msg(name, {:terminate, reason})
  def terminate(name, reason, timeout), do: send_system_msg(name, {:terminate, reason}, timeout)

  # a failed call exits with {reason, the client call as OTP's mfa/2,3 names it}
  # the call is written out in each (no helper's frame): a waiting client's stack shows gen.erl's
  # do_call/4 right above send_system_msg
  @file "sys.erl"
  defp send_system_msg(name, request) do
    try do
      pid = GenServer.whereis(name) || exit(:noproc)
      {:ok, reply} = __at_line__(336, :gen.do_call(pid, :system, request, 5000))
      reply
    catch
      :exit, reason -> __at_line__(338, exit({reason, mfa(name, request)}))
    end
  end

  @file "sys.erl"
  defp send_system_msg(name, request, timeout) do
    try do
      pid = GenServer.whereis(name) || exit(:noproc)
      {:ok, reply} = __at_line__(342, :gen.do_call(pid, :system, request, timeout))
      reply
    catch
      :exit, reason -> __at_line__(344, exit({reason, mfa(name, request, timeout)}))
    end
  end

  defp mfa(name, request, timeout) do
    {m, f, a} = mfa(name, request)
    {m, f, a ++ [timeout]}
  end

  # (OTP's own clauses: a request without one is named as it is, {:replace_state, fun} included)
  defp mfa(name, {:debug, {func, arg}}), do: {:sys, func, [name, arg]}
  defp mfa(name, {:change_code, mod, vsn, extra}), do: {:sys, :change_code, [name, mod, vsn, extra]}
  defp mfa(name, {:terminate, reason}), do: {:sys, :terminate, [name, reason]}
  defp mfa(name, request), do: {:sys, request, [name]}

  # ---------------------------------------------------------------------------
  # Server side

  def handle_system_msg(request, from, parent, module, debug, misc) do
    handle_system_msg(:running, request, from, parent, module, debug, misc, false)
  end

  # (named and placed as OTP's: a callback's failure under do_cmd shows these frames)
  @file "sys.erl"
  defp handle_system_msg(sys_state, request, from, parent, module, debug, misc, _hib) do
    case __at_line__(388, do_cmd(sys_state, request, parent, module, debug, misc)) do
      # the caller hears :ok before the process terminates (sys:terminate/2,3 return it)
      {{:terminating, reason}, reply, nmisc} ->
        gen_reply(from, reply)
        module.system_terminate(reason, parent, debug, nmisc)

      {:suspended, reply, nmisc} ->
        gen_reply(from, reply)
        suspend_loop(:suspended, parent, module, debug, nmisc, false)

      {:running, reply, nmisc} ->
        gen_reply(from, reply)
        module.system_continue(parent, debug, nmisc)
    end
  end

  # named and placed as OTP's (sys state and hibernation in its arguments), where a suspended
  # process's stack shows it waiting
  @file "sys.erl"
  @beamlet_frame_line 454
  defp suspend_loop(_sys_state, parent, module, debug, misc, _hib) do
    receive do
      {:system, from, request} ->
        handle_system_msg(:suspended, request, from, parent, module, debug, misc, false)

      {:EXIT, ^parent, reason} ->
        module.system_terminate(reason, parent, debug, misc)
    end
  end

  defp gen_reply({_pid, [:alias | alias] = tag}, reply) do
    send(alias, {tag, reply})
    :ok
  end

  defp gen_reply({pid, tag}, reply) when is_pid(pid) do
    send(pid, {tag, reply})
    :ok
  end

  defp gen_reply(_, _), do: :ok

  defp do_cmd(_, :suspend, _parent, _module, _debug, misc), do: {:suspended, :ok, misc}
  defp do_cmd(_, :resume, _parent, _module, _debug, misc), do: {:running, :ok, misc}

  defp do_cmd(sys_state, :get_state, _parent, module, _debug, misc) do
    reply =
      try do
        module.system_get_state(misc)
      catch
        kind, reason ->
          {:error, {:callback_failed, {module, :system_get_state}, {kind, reason}}}
      end

    {sys_state, reply, misc}
  end

  defp do_cmd(sys_state, {:replace_state, fun}, _parent, module, _debug, misc) do
    result =
      try do
        {:ok, nstate, nmisc} = module.system_replace_state(fun, misc)
        {{:ok, nstate}, nmisc}
      catch
        kind, reason ->
          {{:error,
            {:callback_failed, {module, :system_replace_state}, {kind, reason}}},
           misc}
      end

    {reply, nmisc} = result
    {sys_state, reply, nmisc}
  end

  defp do_cmd(sys_state, :get_status, parent, module, _debug, misc) do
    data = module.system_status_data(misc, sys_state, parent)
    # the whole dictionary: proc_lib's two keys (in the order the BEAM's dictionary lists them)
    # and the server's own keys after them (the BEAM orders those by its atom table's numbering)
    own = for {k, _} = entry <- Process.get(), k not in [:"$ancestors", :"$initial_call"], do: entry
    dict = [{:"$ancestors", Process.get(:"$ancestors", [parent])} | own] ++ [{:"$initial_call", Process.get(:"$initial_call", initial_call(misc))}]
    status = {:status, self(), {:module, module}, [dict, sys_state, parent, [], data]}
    {sys_state, status, misc}
  end

  @file "sys.erl"
  defp do_cmd(:suspended, {:change_code, mod, vsn, extra}, _parent, module, _debug, misc) do
    {reply, nmisc} = __at_line__(498, do_change_code(module, mod, vsn, extra, misc))
    {:suspended, reply, nmisc}
  end

  @file "sys.erl"
  defp do_change_code(module, mod, vsn, extra, misc) do
    case __at_line__(606, __catch__(module.system_code_change(misc, mod, vsn, extra))) do
      {:ok, nmisc} -> {:ok, nmisc}
      other -> {{:error, other}, misc}
    end
  end

  @doc false
  # a start option debug: [:trace, :log, {:log, n}, :statistics, {:install, ...}] (sys:debug_options/1),
  # set in the starting server before its loop reads it
  def __start_debug__(options) when is_list(options) do
    Enum.each(options, fn
      :trace -> Process.put(:"$beamlet_sys_trace", true)
      :log -> start_debug_cmd({:log, true})
      {:log, n} when is_integer(n) and n > 0 -> start_debug_cmd({:log, {true, n}})
      :statistics -> start_debug_cmd({:statistics, true})
      {:install, fun_state} -> start_debug_cmd({:install, fun_state})
      _ -> :ok
    end)
  end

  def __start_debug__(_), do: :ok

  defp start_debug_cmd(command) do
    {_reply, debug} = debug_cmd(command, Process.get(@debug, %{}))
    if debug == %{}, do: Process.delete(@debug), else: Process.put(@debug, debug)
  end

  # the debug option lives in the server's dictionary: its loop reads it per event
  defp do_cmd(sys_state, {:debug, {:trace, flag}}, _parent, _module, _debug, misc) when is_boolean(flag) do
    if flag, do: Process.put(:"$beamlet_sys_trace", true), else: Process.delete(:"$beamlet_sys_trace")
    {sys_state, :ok, misc}
  end

  defp do_cmd(sys_state, {:debug, command}, _parent, _module, _debug, misc) do
    debug = Process.get(@debug, %{})
    {reply, debug} = debug_cmd(command, debug)
    if debug == %{}, do: Process.delete(@debug), else: Process.put(@debug, debug)
    {sys_state, reply, misc}
  end

  defp do_cmd(_sys_state, {:terminate, reason}, _parent, _module, _debug, misc) do
    {{:terminating, reason}, :ok, misc}
  end

  defp do_cmd(sys_state, other, _parent, _module, _debug, misc) do
    {sys_state, {:error, {:unknown_system_msg, other}}, misc}
  end

  defp initial_call({_name, mod, _state, _timeout}) when is_atom(mod), do: {mod, :init, 1}
  defp initial_call(_), do: :undefined

  # ---- the debug options other than trace: the server's dictionary keeps them, its loop hands
  # each event to __handle_debug__/2 (GenServer.__debug__/2)

  defp debug_cmd({:statistics, true}, debug) do
    {:reductions, r} = :erlang.process_info(self(), :reductions)
    {:ok, Map.put(debug, :statistics, {:erlang.localtime(), r, 0, 0})}
  end

  defp debug_cmd({:statistics, false}, debug), do: {:ok, Map.delete(debug, :statistics)}

  defp debug_cmd({:statistics, :get}, debug) do
    case debug do
      %{statistics: {start, r0, msg_in, msg_out}} ->
        {:reductions, r} = :erlang.process_info(self(), :reductions)
        stats = [start_time: start, current_time: :erlang.localtime(), reductions: r - r0, messages_in: msg_in, messages_out: msg_out]
        {{:ok, stats}, debug}

      _ ->
        {{:ok, :no_statistics}, debug}
    end
  end

  defp debug_cmd({:log, true}, debug), do: {:ok, Map.put(debug, :log, {10, log_events(debug)})}
  defp debug_cmd({:log, {true, n}}, debug) when is_integer(n) and n > 0, do: {:ok, Map.put(debug, :log, {n, Enum.take(log_events(debug), n)})}
  defp debug_cmd({:log, false}, debug), do: {:ok, Map.delete(debug, :log)}
  defp debug_cmd({:log, :get}, debug), do: {{:ok, for({event, _name} <- Enum.reverse(log_events(debug)), do: event)}, debug}

  defp debug_cmd({:log, :print}, debug) do
    for {event, name} <- Enum.reverse(log_events(debug)), do: GenServer.__print_debug__(event, name)
    {:ok, debug}
  end

  defp debug_cmd({:install, {func, state}}, debug) when is_function(func, 3), do: install_func(func, func, state, debug)
  defp debug_cmd({:install, {id, func, state}}, debug) when is_function(func, 3), do: install_func(id, func, state, debug)

  defp debug_cmd({:remove, id}, debug) do
    {:ok, Map.put(debug, :install, List.keydelete(Map.get(debug, :install, []), id, 0))}
  end

  defp debug_cmd({:log_to_file, false}, debug), do: {:ok, close_log_file(debug)}

  defp debug_cmd({:log_to_file, file}, debug) do
    debug = close_log_file(debug)

    case :file.open(file, [:write]) do
      {:ok, device} -> {:ok, Map.put(debug, :log_to_file, device)}
      _ -> {{:error, :open_file}, debug}
    end
  end

  defp debug_cmd(:no_debug, debug) do
    Process.delete(:"$beamlet_sys_trace")
    close_log_file(debug)
    {:ok, %{}}
  end

  defp debug_cmd(other, debug), do: {{:error, {:unknown_system_msg, {:debug, other}}}, debug}

  defp install_func(id, func, state, debug) do
    installed = Map.get(debug, :install, [])

    installed =
      if List.keymember?(installed, id, 0),
        do: installed,
        else: [{id, func, state} | installed]

    {:ok, Map.put(debug, :install, installed)}
  end

  defp close_log_file(debug) do
    case Map.pop(debug, :log_to_file) do
      {nil, debug} -> debug
      {device, debug} -> (:file.close(device); debug)
    end
  end

  # newest first, with the name to print them under
  defp log_events(debug) do
    case debug do
      %{log: {_, events}} -> events
      _ -> []
    end
  end

  @doc false
  def __handle_debug__(event, name) do
    debug = Process.get(@debug, %{})

    debug =
      case debug do
        %{statistics: {start, r0, msg_in, msg_out}} ->
          stats =
            case event do
              {:in, _} -> {start, r0, msg_in + 1, msg_out}
              {:out, _, _, _} -> {start, r0, msg_in, msg_out + 1}
              _ -> {start, r0, msg_in, msg_out}
            end

          Map.put(debug, :statistics, stats)

        _ ->
          debug
      end

    debug =
      case debug do
        %{log: {n, events}} -> Map.put(debug, :log, {n, Enum.take([{event, name} | events], n)})
        _ -> debug
      end

    case debug do
      %{log_to_file: device} -> GenServer.__print_debug__(event, name, device)
      _ -> :ok
    end

    debug =
      case debug do
        %{install: installed} ->
          kept =
            Enum.flat_map(installed, fn {id, func, state} ->
              try do
                case func.(state, event, name) do
                  :done -> []
                  new_state -> [{id, func, new_state}]
                end
              catch
                _, _ -> []
              end
            end)

          Map.put(debug, :install, kept)

        _ ->
          debug
      end

    Process.put(@debug, debug)
    :ok
  end
end
