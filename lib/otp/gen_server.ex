defmodule GenServer do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @doc """
    Runs in the new server process before `start_link/3` or `start/3` returns:
    `init_arg` is the second argument given to them.

    `{:ok, state}` enters the loop with `state` (and `start_link/3` answers
    `{:ok, pid}`); `{:ok, state, timeout | :hibernate | {:continue, arg}}` does the
    same, then waits, hibernates or calls `c:handle_continue/2` first. `:ignore`
    ends the process normally and `start_link/3` answers `:ignore`; `{:stop,
    reason}` ends it with `reason` and `start_link/3` answers `{:error, reason}`,
    without calling `c:terminate/2`.
    """
  @callback init(term) :: term
  @doc """
    Answers a request sent with `call/3`, whose caller waits for the reply.

    `from` identifies the caller (a pid and a tag): `reply/2` can answer it later
    or from another process. `{:reply, reply, new_state}` answers at once;
    `{:noreply, new_state}` leaves the answer to `reply/2`; either may end with a
    timeout, `:hibernate` or `{:continue, arg}` as in `c:init/1`. `{:stop, reason,
    reply, new_state}` answers and then stops the server (calling `c:terminate/2`),
    `{:stop, reason, new_state}` stops it without answering.

    Optional: a server without it exits when it is called.
    """
  @callback handle_call(term, term, term) :: term
  @doc """
    Handles a request sent with `cast/2`: nobody waits for an answer.

    Returns `{:noreply, new_state}`, with a timeout, `:hibernate` or `{:continue,
    arg}` after it if wanted, or `{:stop, reason, new_state}` to stop the server
    (calling `c:terminate/2`).

    Optional: a server without it exits when it receives a cast.
    """
  @callback handle_cast(term, term) :: term
  @doc """
    Handles every other message the server receives: plain `send/2` messages,
    monitors' `:DOWN`, exit signals of a trapping server, and `:timeout` when a
    timeout returned by another callback expires.

    Returns what `c:handle_cast/2` returns. Optional: without it, such messages are
    logged and dropped.
    """
  @callback handle_info(term, term) :: term
  @doc """
    Runs right after a callback returned `{:continue, continue_arg}`, before any
    other message is handled, with that argument and the state.

    Returns what `c:handle_cast/2` returns. Optional, but needed by a server that
    returns `{:continue, ...}`.
    """
  @callback handle_continue(term, term) :: term
  @doc """
    Called as the server stops of its own accord (a `:stop` tuple from a callback,
    or a callback that raised), and when its parent stops it while it traps exits.
    `reason` is why it stops; what it returns is ignored.

    It is not called when the server is killed, nor when its parent stops it and
    it does not trap exits: release important resources elsewhere as well.
    Optional.
    """
  @callback terminate(term, term) :: term
  @doc """
    Turns the state of a running server into the one its new code expects, during
    a release upgrade (`old_vsn`) or downgrade (`{:down, vsn}`).

    Returns `{:ok, new_state}`, or `{:error, reason}` to keep the old state.
    Optional.
    """
  @callback code_change(term, term, term) :: term
  @doc """
    Gives the server's status as shown by `:sys.get_status/1,2` (`reason` is
    `:normal`) and in the report of a server that crashed (`reason` is
    `:terminate`), from `[pdict, state]`: useful to hide or shorten a large state.
    Optional.
    """
  @callback format_status(term, term) :: term
  @optional_callbacks terminate: 2, handle_info: 2, handle_continue: 2, handle_cast: 2, handle_call: 3, format_status: 2, code_change: 3

  # `use GenServer, opts`: the behaviour, child_spec/1 from the options and default callbacks,
  # all overridable (Elixir 1.14's GenServer.__using__), and init/1 from __before_compile__ as 1.14's
  defmacro __using__(opts) do
    quote location: :keep do
      @behaviour GenServer

      @doc """
      Returns a specification to start this module under a supervisor.

      See `Supervisor`.
      """
      def child_spec(init_arg) do
        default = %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}}
        Supervisor.child_spec(default, unquote(Macro.escape(opts)))
      end

      defoverridable child_spec: 1

      @before_compile GenServer

      @doc false
      def handle_call(msg, _from, state) do
        proc =
          case Process.info(self(), :registered_name) do
            {_, []} -> self()
            {_, name} -> name
          end

        _ = {msg, state}
        # (its frame at Elixir's line in lib/gen_server.ex, as the code location: :keep quotes)
        __at_line__(787, raise("attempted to call GenServer #{inspect(proc)} but no handle_call/3 clause was provided"))
      end

      @doc false
      def handle_info(msg, state) do
        Logger.__unexpected_info__(__MODULE__, msg)
        {:noreply, state}
      end

      @doc false
      def handle_cast(msg, state) do
        proc =
          case Process.info(self(), :registered_name) do
            {_, []} -> self()
            {_, name} -> name
          end

        _ = {msg, state}
        __at_line__(832, raise("attempted to cast GenServer #{inspect(proc)} but no handle_cast/2 clause was provided"))
      end

      @doc false
      def terminate(_reason, _state) do
        :ok
      end

      @doc false
      def code_change(_old, state, _extra) do
        {:ok, state}
      end

      defoverridable code_change: 3, terminate: 2, handle_info: 2, handle_cast: 2, handle_call: 3
    end
  end

  # the default init/1, for a module that defines none (the compiler's behaviour check warns of it)
  @doc false
  defmacro __before_compile__(env) do
    unless Module.defines?(env.module, {:init, 1}) do
      quote do
        @doc false
        def init(init_arg) do
          {:ok, init_arg}
        end
      end
    end
  end

  @moduledoc """
  A behaviour for server processes: a process that holds a state and answers requests. A module
  `use`s GenServer and implements callbacks: `init/1` sets up the state, `handle_call/3` answers
  synchronous requests (`call/3`), `handle_cast/2` takes asynchronous ones (`cast/2`),
  `handle_info/2` other messages, and `terminate/2` and `code_change/3` are optional. Supervisors
  start servers through `start_link/3`.

      defmodule Counter do
        use GenServer

        def init(n), do: {:ok, n}
        def handle_call(:get, _from, n), do: {:reply, n, n}
        def handle_cast(:inc, n), do: {:noreply, n + 1}
      end

      {:ok, pid} = GenServer.start_link(Counter, 0)
      GenServer.cast(pid, :inc)
      GenServer.call(pid, :get)
      #=> 1
  """
  # A generic server written on spawn/send/receive/monitors, following OTP's gen_server
  # protocol: calls are `{:"$gen_call", from, request}`, casts are `{:"$gen_cast", request}`,
  # system messages (`:sys`) are `{:system, from, request}`. The loop makes a REMOTE call into the
  # callback module for every message (`mod.handle_call(...)`), so a newly loaded version of the
  # callback module takes over at the next message, as on the BEAM.

  @default_timeout 5000

  # ---------------------------------------------------------------------------
  # Starting

  @doc """
  Starts a server process running `module`'s callbacks, not linked to the caller. `init/1` gets
  `init_arg`; `options` as in `start_link/3`.
  """
  @spec start(module(), any(), options()) :: on_start()
  def start(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(:nolink, module, init_arg, options)
  end

  @doc """
  Starts a server process running `module`'s callbacks, linked to the caller (as a supervisor
  starts its children). `init/1` gets `init_arg` and the call returns `{:ok, pid}` once it has
  run. Options: `:name` (register the server), `:timeout`, `:debug`, `:hibernate_after`,
  `:spawn_opt`.
  """
  @spec start_link(module(), any(), options()) :: on_start()
  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(:link, module, init_arg, options)
  end

  defp do_start(link, module, init_arg, options) do
    case Keyword.pop(options, :name) do
      {nil, opts} ->
        gen_start(link, nil, module, init_arg, opts)

      {atom, opts} when is_atom(atom) ->
        gen_start(link, {:local, atom}, module, init_arg, opts)

      {{:global, _term} = tuple, opts} ->
        gen_start(link, tuple, module, init_arg, opts)

      {{:via, via_module, _term} = tuple, opts} when is_atom(via_module) ->
        gen_start(link, tuple, module, init_arg, opts)

      {other, _} ->
        # (at the line of Elixir's raise in lib/gen_server.ex)
        __at_line__(957, raise(ArgumentError,
              "expected :name option to be one of the following:\n\n" <>
                "  * nil\n  * atom\n  * {:global, term}\n  * {:via, module, term}\n\n" <>
                "Got: " <> inspect(other) <> "\n"))
    end
  end

  @doc false
  # Spawns a process running `init_fun.(starter, parent, name)` after it registered
  # `name`, and waits for its acknowledgement `{:ack, pid, result}`. Used by
  # GenServer and Supervisor (proc_lib's start / start_link).
  def __start__(link, name, opts, init_fun) do
    case name != nil and name_whereis(name) do
      pid when is_pid(pid) ->
        {:error, {:already_started, pid}}

      _ ->
        timeout = Keyword.get(opts, :timeout, :infinity)
        # proc_lib's bookkeeping, as on OTP: who started whom (supervision, `upgrade check`)
        start = [ancestor_name(), Process.get(:"$ancestors", []), GenServer, :__started__, [link, self(), name, init_fun]]

        # (the :spawn_opt option's priority, heap sizes ... are the new process's)
        spawn_opts = Keyword.get(opts, :spawn_opt, [])
        # (proc_lib refuses a monitor of its own making, with a bare badarg)
        if is_list(spawn_opts) and Enum.any?(spawn_opts, &(&1 == :monitor or match?({:monitor, _}, &1))), do: :erlang.error(:badarg)

        case link do
          :link ->
            pid = if spawn_opts == [], do: :erlang.spawn_link(:proc_lib, :init_p, start), else: :erlang.spawn_opt(:proc_lib, :init_p, start, [:link | spawn_opts])
            sync_start_link(pid, timeout)

          :nolink ->
            pid = if spawn_opts == [], do: :erlang.spawn(:proc_lib, :init_p, start), else: :erlang.spawn_opt(:proc_lib, :init_p, start, spawn_opts)
            sync_start(pid, timeout)
        end
    end
  end

  @doc false
  # the started process (from :proc_lib.init_p/5) registers its name and runs init_fun
  def __started__(link, starter, name, init_fun) do
    parent =
      case link do
        :link -> starter
        :nolink -> self()
      end

    case register_name(name) do
      :ok ->
        init_fun.(starter, parent, name)

      {:error, _} = error ->
        __init_ack__(starter, error)
        exit(:normal)
    end
  end

  defp sync_start_link(pid, timeout) do
    receive do
      {:ack, ^pid, result} ->
        result

      {:EXIT, ^pid, reason} ->
        {:error, reason}
    after
      timeout ->
        :erlang.unlink(pid)
        :erlang.exit(pid, :kill)
        flush_exit(pid)
        {:error, :timeout}
    end
  end

  defp flush_exit(pid) do
    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end

  defp sync_start(pid, timeout) do
    ref = :erlang.monitor(:process, pid)

    receive do
      {:ack, ^pid, result} ->
        :erlang.demonitor(ref, [:flush])
        result

      {:DOWN, ^ref, :process, ^pid, reason} ->
        {:error, reason}
    after
      timeout ->
        :erlang.demonitor(ref, [:flush])
        :erlang.exit(pid, :kill)
        {:error, :timeout}
    end
  end

  @doc false
  def __init_ack__(starter, result) do
    send(starter, {:ack, self(), result})
    :ok
  end

  defp gen_start(link, name, module, init_arg, opts) do
    __start__(link, name, opts, fn starter, parent, name ->
      Process.put(:"$initial_call", initial_call(module, init_arg))
      :gen_server.init_it(starter, parent, name, module, init_arg, opts)
    end)
  end

  defp ancestor_name do
    case Process.info(self(), :registered_name) do
      {:registered_name, name} when is_atom(name) -> name
      _ -> self()
    end
  end

  # what proc_lib records as the initial call of a gen_server (a supervisor names its module)
  defp initial_call(:supervisor, {_name, mod, _args}), do: {:supervisor, mod, 1}
  defp initial_call(module, _init_arg), do: {module, :init, 1}

  defp register_name(nil), do: :ok

  defp register_name({:local, atom}) do
    try do
      :erlang.register(atom, self())
      :ok
    catch
      :error, _ ->
        case :erlang.whereis(atom) do
          :undefined -> {:error, {:already_started, :undefined}}
          pid -> {:error, {:already_started, pid}}
        end
    end
  end

  defp register_name({:global, term}) do
    case :global.register_name(term, self()) do
      :yes ->
        :ok

      :no ->
        case :global.whereis_name(term) do
          :undefined -> {:error, {:already_started, :undefined}}
          pid -> {:error, {:already_started, pid}}
        end
    end
  end

  defp register_name({:via, mod, term}) do
    case mod.register_name(term, self()) do
      :yes ->
        :ok

      :no ->
        case mod.whereis_name(term) do
          :undefined -> {:error, {:already_started, :undefined}}
          pid -> {:error, {:already_started, pid}}
        end
    end
  end

  @doc false
  def __unregister_name__(nil), do: :ok

  def __unregister_name__({:local, atom}) do
    try do
      :erlang.unregister(atom)
      :ok
    catch
      :error, _ -> :ok
    end
  end

  def __unregister_name__({:global, term}), do: :global.unregister_name(term)

  def __unregister_name__({:via, mod, term}) do
    try do
      mod.unregister_name(term)
      :ok
    catch
      _, _ -> :ok
    end
  end

  defp name_whereis({:local, atom}) do
    case :erlang.whereis(atom) do
      :undefined -> nil
      pid -> pid
    end
  end

  defp name_whereis({:via, mod, term}) do
    case mod.whereis_name(term) do
      :undefined -> nil
      pid -> pid
    end
  end

  defp name_whereis({:global, term}) do
    case :global.whereis_name(term) do
      :undefined -> nil
      pid -> pid
    end
  end

  defp name_whereis(_), do: nil

  @doc false
  # after :sys.trace(server, true), each event as OTP's gen_server prints it (print_event/3)
  def __debug__(event, name) do
    if Process.get(:"$beamlet_sys_trace") == true, do: __print_debug__(event, __report_name__(name))
    # :sys.log/statistics/install
    if Process.get(:"$beamlet_sys_debug") != nil, do: :sys.__handle_debug__(event, __report_name__(name))
    :ok
  end

  @doc false
  # an event as OTP's gen_server prints it (:sys.trace, :sys.log(_, :print))
  def __print_debug__(event, n, device \\ :standard_io) do
    case event do
      {:in, {:"$gen_call", {from, _tag}, call}} -> :io.format(device, ~c"*DBG* ~tp got call ~tp from ~tw~n", [n, call, from])
      {:in, {:"$gen_cast", cast}} -> :io.format(device, ~c"*DBG* ~tp got cast ~tp~n", [n, cast])
      {:in, msg} -> :io.format(device, ~c"*DBG* ~tp got ~tp~n", [n, msg])
      {:out, reply, {to, _tag}, state} -> :io.format(device, ~c"*DBG* ~tp sent ~tp to ~tw, new state ~tp~n", [n, reply, to, state])
      {:noreply, state} -> :io.format(device, ~c"*DBG* ~tp new state ~tp~n", [n, state])
    end
  end

  @doc false
  # the name used in reports: the registered atom, or the pid
  def __report_name__({:local, atom}), do: atom
  def __report_name__({:global, term}), do: term
  def __report_name__({:via, _, term}), do: term
  def __report_name__(_), do: self()

  @doc false
  # what the server does with init/1's result (the {:ok, value} or {kind, reason, stacktrace} of
  # :gen_server.init_it/2, which called it)
  def __init_result__(result, starter, parent, name, mod) do
    case result do
      {:ok, {:ok, state}} ->
        __init_ack__(starter, {:ok, self()})
        __loop__(parent, name, mod, state, :infinity)

      # (OTP 25 checks the third element: a timeout, :hibernate or {:continue, _})
      {:ok, {:ok, state, timeout}} when timeout == :infinity or (is_integer(timeout) and timeout >= 0) or timeout == :hibernate or (is_tuple(timeout) and tuple_size(timeout) == 2 and elem(timeout, 0) == :continue) ->
        __init_ack__(starter, {:ok, self()})
        __loop__(parent, name, mod, state, timeout)

      {:ok, {:stop, reason}} ->
        __unregister_name__(name)
        __init_ack__(starter, {:error, reason})
        exit(reason)

      {:ok, :ignore} ->
        __unregister_name__(name)
        __init_ack__(starter, :ignore)
        exit(:normal)

      # (the name is not unregistered first here, as in OTP's)
      {:ok, other} ->
        reason = {:bad_return_value, other}
        __init_ack__(starter, {:error, reason})
        exit(reason)

      {:error, reason, stacktrace} ->
        __unregister_name__(name)
        __init_ack__(starter, {:error, {reason, stacktrace}})
        exit({reason, stacktrace})

      {:exit, reason, _stacktrace} ->
        __unregister_name__(name)
        __init_ack__(starter, {:error, reason})
        exit(reason)
    end
  end

  # ---------------------------------------------------------------------------
  # The server loop

  @doc false
  def __loop__(parent, name, mod, state, {:continue, _} = continue) do
    :gen_server.loop(parent, name, state, mod, continue, :infinity, [])
  end

  # as OTP's (proc_lib:hibernate): the process waits in :erlang.hibernate/3, its stack dropped,
  # and runs on from :proc_lib.wake_up/3
  def __loop__(parent, name, mod, state, :hibernate) do
    :proc_lib.hibernate(GenServer, :__loop__, [parent, name, mod, state, :infinity])
  end

  def __loop__(parent, name, mod, state, :infinity) do
    # started with hibernate_after: idle that long, the server hibernates (OTP's loop/7)
    case Process.get(:"$beamlet_hibernate_after") do
      nil ->
        receive do
          msg -> decode_msg(msg, parent, name, mod, state, :infinity)
        end

      idle ->
        receive do
          msg -> decode_msg(msg, parent, name, mod, state, :infinity)
        after
          idle -> __loop__(parent, name, mod, state, :hibernate)
        end
    end
  end

  def __loop__(parent, name, mod, state, timeout) do
    receive do
      msg ->
        decode_msg(msg, parent, name, mod, state, timeout)
    after
      timeout ->
        handle_msg(:timeout, parent, name, mod, state)
    end
  end

  defp decode_msg(msg, parent, name, mod, state, timeout) do
    case msg do
      {:system, from, req} ->
        :sys.handle_system_msg(req, from, parent, :gen_server, [], {name, mod, state, timeout})

      {:EXIT, ^parent, reason} ->
        terminate(:exit, reason, [], reason, name, nil, msg, mod, state)

      _ ->
        handle_msg(msg, parent, name, mod, state)
    end
  end

  defp handle_msg(msg, parent, name, mod, state) do
    :gen_server.handle_msg(msg, parent, name, mod, state, :infinity)
  end

  @doc false
  # what the server does with a callback's result ({:ok, value} or {kind, reason, stacktrace}),
  # from :gen_server.handle_msg/6, which called it
  def __call_result__(result, from, req, parent, name, mod, state) do
    msg = req

    case result do
      {:ok, {:reply, reply, nstate}} ->
        reply(from, reply)
        __debug__({:out, reply, from, nstate}, name)
        __loop__(parent, name, mod, nstate, :infinity)

      # (OTP 25 checks the last element: a timeout, :hibernate or {:continue, _}; else the
      # result is a bad return value)
      {:ok, {:reply, reply, nstate, timeout}} when timeout == :infinity or (is_integer(timeout) and timeout >= 0) or timeout == :hibernate or (is_tuple(timeout) and tuple_size(timeout) == 2 and elem(timeout, 0) == :continue) ->
        reply(from, reply)
        __debug__({:out, reply, from, nstate}, name)
        __loop__(parent, name, mod, nstate, timeout)

      other ->
        handle_common_reply(other, parent, name, mod, state, msg, from)
    end
  end

  @doc false
  # handle_continue/2's result, from :gen_server.loop/7
  def __continue_result__(result, continue, parent, name, mod, state) do
    handle_common_reply(result, parent, name, mod, state, continue)
  end

  @doc false
  def __dispatch_result__(result, msg, parent, name, mod, state) do
    handle_common_reply(result, parent, name, mod, state, msg, nil)
  end

  defp handle_common_reply(result, parent, name, mod, state, msg) do
    handle_common_reply(result, parent, name, mod, state, msg, nil)
  end

  defp handle_common_reply(result, parent, name, mod, state, msg, from) do
    case result do
      {:ok, {:noreply, nstate}} ->
        __debug__({:noreply, nstate}, name)
        __loop__(parent, name, mod, nstate, :infinity)

      {:ok, {:noreply, nstate, timeout}} when timeout == :infinity or (is_integer(timeout) and timeout >= 0) or timeout == :hibernate or (is_tuple(timeout) and tuple_size(timeout) == 2 and elem(timeout, 0) == :continue) ->
        __debug__({:noreply, nstate}, name)
        __loop__(parent, name, mod, nstate, timeout)

      {:ok, {:stop, reason, nstate}} ->
        terminate(:exit, reason, [], reason, name, from, msg, mod, nstate)

      {:ok, bad} ->
        reason = {:bad_return_value, bad}
        terminate(:exit, reason, [], reason, name, from, msg, mod, state)

      {:error, reason, stacktrace} ->
        terminate(:error, reason, stacktrace, {reason, stacktrace}, name, from, msg, mod, state)

      {:exit, reason, stacktrace} ->
        terminate(:exit, reason, stacktrace, {reason, stacktrace}, name, from, msg, mod, state)
    end
  end

  # class/reason/stacktrace: how the server ends; report_reason: what the report shows. As OTP's,
  # the callback runs under :gen_server.terminate/10 and try_terminate/3 (their frames in the
  # stack trace of a terminate/2 that raises)
  defp terminate(class, reason, stacktrace, report_reason, name, from, msg, mod, state) do
    :gen_server.terminate(class, reason, stacktrace, report_reason, name, from, msg, mod, state, [])
  end

  @doc false
  # terminate/2 ran ({:ok, _}) or failed ({kind, reason, stacktrace}): report and exit
  def __terminated__(result, exit_reason, report_reason, name, from, msg, state) do
    case result do
      # a terminate/2 that failed is reported with its stack trace whatever its class (OTP's
      # error_info({R, S}, ...)); the server then exits as the failure would: R for an exit
      {kind, r, st} ->
        error_info({r, st}, name, from, msg, state)
        exit(if kind == :exit, do: r, else: {r, st})

      {:ok, _} ->
        case exit_reason do
          :normal -> :ok
          :shutdown -> :ok
          {:shutdown, _} -> :ok
          _ -> error_info(report_reason, name, from, msg, state)
        end

        exit(exit_reason)
    end
  end

  @doc false
  # :erlang.function_exported/3, answering true when the VM lacks it (the call is then
  # guarded by catching :undef for that very function)
  def __exported__(mod, fun, arity) do
    try do
      :erlang.function_exported(mod, fun, arity)
    catch
      :error, :undef -> true
    end
  end

  defp error_info(reason, name, from, msg, state) do
    client =
      case from do
        {pid, _tag} when is_pid(pid) ->
          if :erlang.is_process_alive(pid) do
            cname =
              case :erlang.process_info(pid, :registered_name) do
                {:registered_name, atom} when is_atom(atom) and atom != [] -> atom
                _ -> pid
              end

            stack =
              try do
                case :erlang.process_info(pid, :current_stacktrace) do
                  {:current_stacktrace, st} when is_list(st) -> st
                  _ -> []
                end
              catch
                _, _ -> []
              end

            {pid, {cname, stack}}
          else
            {pid, :dead}
          end

        _ ->
          nil
      end

    Logger.__gen_server_terminated__(__report_name__(name), reason, msg, state, client)
  end

  @doc false
  # the state as a status (:normal) or the crash report (:terminate) shows it: the callback's
  # format_status/2 when it has one (a supervisor's); one that raises shows OTP's
  # 'Mod:format_status/2 crashed' in the state's place
  def __format_status__(opt, mod, state) do
    shown =
      if is_atom(mod) and :erlang.function_exported(mod, :format_status, 2) do
        try do
          {:ok, mod.format_status(opt, [Process.get(), state])}
        catch
          :throw, value -> {:ok, value}
          _, _ -> {:crashed, :erlang.atom_to_list(mod) ++ ':format_status/2 crashed'}
        end
      else
        :default
      end

    case {opt, shown} do
      {_, {:ok, result}} -> result
      {:terminate, {:crashed, text}} -> text
      {:terminate, :default} -> state
      {_, {:crashed, text}} -> [data: [{'State', text}]]
      {_, :default} -> [data: [{'State', state}]]
    end
  end


  # ---------------------------------------------------------------------------
  # Client API

  @doc """
  Sends `request` to `server` and waits for its reply: the server's `handle_call/3` answers it.
  Exits the caller when no reply comes within `timeout` milliseconds (5000 unless given) or when
  the server dies first. `server` is a pid, a registered name, `{:global, name}`,
  `{:via, module, name}` or `{name, node}`.
  """
  @spec call(server(), term(), timeout()) :: term()
  # (its exits at the lines of Elixir's lib/gen_server.ex)
  def call(server, request, timeout \\ @default_timeout) do
    case __at_line__(1025, whereis(server)) do
      nil ->
        __at_line__(1027, exit({:noproc, {GenServer, :call, [server, request, timeout]}}))

      pid when pid == self() ->
        __at_line__(1031, exit({:calling_self, {GenServer, :call, [server, request, timeout]}}))

      pid ->
        try do
          __at_line__(1035, :gen.call(pid, :"$gen_call", request, timeout))
        catch
          :exit, reason -> __at_line__(1038, exit({reason, {GenServer, :call, [server, request, timeout]}}))
        else
          {:ok, reply} -> reply
        end
    end
  end

  @doc false
  # :gen.call's reply without its {:ok, _}
  def __call__(pid, label, request, timeout) do
    {:ok, reply} = :gen.call(pid, label, request, timeout)
    reply
  end

  @doc """
  Sends `request` to `server` without waiting: the server's `handle_cast/2` handles it. Always
  returns `:ok`, even when the server does not exist.
  """
  @spec cast(server(), term()) :: :ok
  def cast(server, request)

  def cast({:global, name}, request) do
    try do
      :global.send(name, {:"$gen_cast", request})
    catch
      _, _ -> :ok
    end

    :ok
  end

  def cast({:via, mod, name}, request) do
    try do
      mod.send(name, {:"$gen_cast", request})
    catch
      _, _ -> :ok
    end

    :ok
  end

  # (to {name, other_node}: nothing arrives, this node is not distributed)
  def cast({name, node} = dest, request) when is_atom(name) and is_atom(node), do: send_cast(dest, request)
  def cast(dest, request) when is_atom(dest) or is_pid(dest), do: send_cast(dest, request)

  defp send_cast(dest, request) do
    try do
      send(dest, {:"$gen_cast", request})
    catch
      _, _ -> :ok
    end

    :ok
  end

  def abcast(name, request) when is_atom(name) do
    cast(name, request)
    :abcast
  end

  # (this node is the only one: a node of the list that is not it gets nothing)
  def abcast(nodes, name, request) when is_list(nodes) and is_atom(name), do: :gen_server.abcast(nodes, name, request)

  def multi_call(name, request) when is_atom(name), do: :gen_server.multi_call([node()], name, request, :infinity)

  def multi_call(nodes, name, request, timeout \\ :infinity) when is_list(nodes) and is_atom(name),
    do: :gen_server.multi_call(nodes, name, request, timeout)

  @doc """
  Answers a `handle_call/3` from elsewhere: `client` is the `from` argument the callback got.
  Used when the callback returned `{:noreply, state}` and replies later.
  """
  @spec reply(from(), term()) :: :ok
  def reply(client, reply)

  def reply({_pid, [:alias | alias] = tag}, reply) do
    send(alias, {tag, reply})
    :ok
  end

  def reply({pid, tag}, reply) when is_pid(pid) do
    send(pid, {tag, reply})
    :ok
  end

  @doc """
  Stops `server` with `reason` and waits until it has terminated (its `terminate/2` runs); exits
  when it does not stop within `timeout`.
  """
  @spec stop(server(), reason :: term(), timeout()) :: :ok
  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case __at_line__(983, whereis(server)) do
      nil ->
        __at_line__(985, exit({:noproc, {GenServer, :stop, [server, reason, timeout]}}))

      pid when pid == self() ->
        __at_line__(988, exit({:calling_self, {GenServer, :stop, [server, reason, timeout]}}))

      pid ->
        # :proc_lib.stop asks through :sys.terminate and waits for the :DOWN; a timeout leaves
        # the server running, as Elixir's
        try do
          __at_line__(992, :proc_lib.stop(pid, reason, timeout))
        catch
          :exit, err -> __at_line__(995, exit({err, {GenServer, :stop, [server, reason, timeout]}}))
        end
    end
  end

  @doc """
  The pid (or `{name, node}`) of a server given by pid or name, or `nil` when none is running.
  """
  @spec whereis(server()) :: pid() | {atom(), node()} | nil
  def whereis(server)
  def whereis(pid) when is_pid(pid), do: pid

  def whereis(name) when is_atom(name) do
    case :erlang.whereis(name) do
      :undefined -> nil
      pid -> pid
    end
  end

  def whereis({:global, name}) do
    case :global.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  def whereis({:via, mod, name}) do
    case mod.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  # a {name, node} of another node is returned as it is (a call there fails with :nodedown); a
  # name of any other shape fails with FunctionClauseError, as in Elixir
  def whereis({name, local}) when is_atom(name) and local == node(), do: whereis(name)
  def whereis({name, node} = server) when is_atom(name) and is_atom(node), do: server

  @doc false
  # the :logger report callback of the default handle_info/2's report in Elixir (an io format
  # and its arguments, for a logger that does not translate Elixir's reports)
  def format_report(%{label: {GenServer, :no_handle_info}, report: %{module: mod, message: msg, name: proc}}) do
    {'~p ~p received unexpected message in handle_info/2: ~p~n', [mod, proc, msg]}
  end
end
