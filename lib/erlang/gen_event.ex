# Erlang's :gen_event, an event manager: one process holding a list of handlers, each a callback
# module (its id Mod, or {Mod, Id}) with its own state, the newest first. An event goes to every
# handler in turn (notify/2 without waiting, sync_notify/2 once all ran), call/3 asks one handler,
# any other message is every handler's handle_info/2. A handler that raises, exits, throws or
# answers what gen_event does not expect is removed: its terminate/2 hears {:error, why} and
# Logger prints ":gen_event handler H installed in M terminating". A handler added with
# add_sup_handler is linked to its adder: the adder hears {:gen_event_EXIT, handler, why} when it
# goes, and the handler goes (terminate({:stop, reason})) when the adder dies. The manager traps
# exits, answers :sys's system messages (get_state is [{mod, id, state}], change_code calls
# code_change/3 of the handlers of that module) and may hibernate.
#
# A handler is kept as {:handler, mod, id, state, supervisor}: id false for a bare module,
# supervisor false or the adder's pid. The manager's messages are OTP's: {:notify, event} sent as
# it is, the others as :gen calls labelled with the caller's pid.
#
# Beamlet's Logger process (lib/otp/logger_console.ex) runs its own handlers under
# server_call/4, handle_msg/6, server_notify/4 and server_add_handler/4 too, so that their
# failures show OTP's frames; those clauses take the manager name Logger and the handlers as
# Logger keeps them; a manager's own never see that atom, its handler list is never one.
defmodule :gen_event do
  def behaviour_info(:callbacks), do: [init: 1, handle_event: 2, handle_call: 2, handle_info: 2, terminate: 2, code_change: 3, format_status: 2, format_status: 1]
  def behaviour_info(:optional_callbacks), do: [handle_info: 2, terminate: 2, code_change: 3, format_status: 2, format_status: 1]

  # ---- starting -------------------------------------------------------------------------------

  def start(), do: do_start(:nolink, nil, [])
  def start(opts) when is_list(opts), do: do_start(:nolink, nil, opts)
  def start(name), do: do_start(:nolink, name, [])
  def start(name, opts), do: do_start(:nolink, name, opts)

  def start_link(), do: do_start(:link, nil, [])
  def start_link(opts) when is_list(opts), do: do_start(:link, nil, opts)
  def start_link(name), do: do_start(:link, name, [])
  def start_link(name, opts), do: do_start(:link, name, opts)

  def start_monitor(), do: do_start(:monitor, nil, [])
  def start_monitor(opts) when is_list(opts), do: do_start(:monitor, nil, opts)
  def start_monitor(name), do: do_start(:monitor, name, [])
  def start_monitor(name, opts), do: do_start(:monitor, name, opts)

  defp do_start(mode, name, opts) do
    check_name(name)
    timeout = Keyword.get(opts, :timeout, :infinity)
    spawn_opts = Keyword.get(opts, :spawn_opt, [])
    args = [self(), mode, name, :"$beamlet_no_callback", [], opts]

    case mode do
      :link -> :proc_lib.start_link(:gen_event, :init_it, args, timeout, spawn_opts)
      :nolink -> :proc_lib.start(:gen_event, :init_it, args, timeout, spawn_opts)
      :monitor ->
        case :proc_lib.start_monitor(:gen_event, :init_it, args, timeout, spawn_opts) do
          {{:ok, pid}, ref} -> {:ok, {pid, ref}}
          {other, ref} -> {other, ref}
        end
    end
  end

  defp check_name(nil), do: :ok
  defp check_name({:local, atom}) when is_atom(atom), do: :ok
  defp check_name({:global, _}), do: :ok
  defp check_name({:via, mod, _}) when is_atom(mod), do: :ok
  defp check_name(name), do: :erlang.error(:badarg, [name])

  @doc false
  # the new manager (under :proc_lib.init_p/5): its name registered, exits trapped, then its loop
  def init_it(starter, mode, name, _mod, _args, opts) do
    parent = if mode == :link, do: starter, else: self()

    case register(name) do
      :ok ->
        Process.flag(:trap_exit, true)
        hib = Keyword.get(opts, :hibernate_after, :infinity)
        :sys.__start_debug__(Keyword.get(opts, :debug, []))
        :proc_lib.init_ack(starter, {:ok, self()})
        fetch_msg(parent, report_name(name), [], hib, [], false)

      {:error, _} = error ->
        :proc_lib.init_ack(starter, error)
        exit(:normal)
    end
  end

  defp register(nil), do: :ok

  defp register({:local, atom}) do
    try do
      :erlang.register(atom, self())
      :ok
    catch
      :error, _ -> {:error, {:already_started, already(:erlang.whereis(atom))}}
    end
  end

  defp register({:global, term}) do
    case :global.register_name(term, self()) do
      :yes -> :ok
      :no -> {:error, {:already_started, already(:global.whereis_name(term))}}
    end
  end

  defp register({:via, mod, term}) do
    case mod.register_name(term, self()) do
      :yes -> :ok
      :no -> {:error, {:already_started, already(mod.whereis_name(term))}}
    end
  end

  defp already(pid) when is_pid(pid), do: pid
  defp already(_), do: :undefined

  # how the reports name the manager: its local name, else its pid
  defp report_name({:local, atom}), do: atom
  defp report_name({:global, term}), do: term
  defp report_name({:via, _, term}), do: term
  defp report_name(nil), do: self()

  # ---- the client side ------------------------------------------------------------------------

  @file "gen_event.erl"
  @beamlet_frame_line 489
  def notify(manager, event), do: send_to(manager, {:notify, event})

  def sync_notify(manager, event), do: rpc(manager, {:sync_notify, event})

  def add_handler(manager, handler, args), do: rpc(manager, {:add_handler, handler, args})

  def add_sup_handler(manager, handler, args), do: rpc(manager, {:add_sup_handler, handler, args, self()})

  def delete_handler(manager, handler, args), do: rpc(manager, {:delete_handler, handler, args})

  def swap_handler(manager, {h1, a1}, {h2, a2}), do: rpc(manager, {:swap_handler, h1, a1, h2, a2})

  def swap_sup_handler(manager, {h1, a1}, {h2, a2}), do: rpc(manager, {:swap_sup_handler, h1, a1, h2, a2, self()})

  def which_handlers(manager), do: rpc(manager, :which_handlers)

  def call(manager, handler, query), do: call1(manager, handler, query, :infinity, [manager, handler, query])

  def call(manager, handler, query, timeout), do: call1(manager, handler, query, timeout, [manager, handler, query, timeout])

  def stop(manager), do: :proc_lib.stop(whereis!(manager), :normal, :infinity)

  def stop(manager, reason, timeout), do: :proc_lib.stop(whereis!(manager), reason, timeout)

  # (OTP's send/2: a name nobody has is :erlang.send's badarg)
  @file "gen_event.erl"
  @beamlet_frame_line 489
  defp send_to({:global, name}, msg), do: (:global.send(name, msg); :ok)
  defp send_to({:via, mod, name}, msg), do: (mod.send(name, msg); :ok)
  defp send_to(manager, msg), do: (:erlang.send(manager, msg); :ok)

  defp rpc(manager, cmd) do
    {:ok, reply} = :gen.call(whereis!(manager), self(), cmd, :infinity)
    reply
  end

  defp call1(manager, handler, query, timeout, args) do
    try do
      :gen.call(whereis!(manager), self(), {:call, handler, query}, timeout)
    catch
      :exit, reason -> exit({reason, {:gen_event, :call, args}})
    else
      {:ok, reply} -> reply
    end
  end

  defp whereis!(manager) do
    case GenServer.whereis(manager) do
      nil -> exit(:noproc)
      pid -> pid
    end
  end

  # ---- the manager's loop ---------------------------------------------------------------------

  @doc false
  @file "gen_event.erl"
  def fetch_msg(parent, name, msl, hib_after, debug, true) do
    :proc_lib.hibernate(:gen_event, :wake_hib, [parent, name, msl, hib_after, debug])
  end

  def fetch_msg(parent, name, msl, hib_after, debug, false) do
    receive do
      {:system, from, req} ->
        :sys.handle_system_msg(req, from, parent, :gen_event, debug, [name, msl, hib_after, false])

      {:EXIT, ^parent, reason} ->
        terminate_server(reason, parent, msl, name)

      msg ->
        handle_msg(msg, parent, name, msl, hib_after, debug)
    after
      hib_after -> fetch_msg(parent, name, msl, hib_after, debug, true)
    end
  end

  @doc false
  def wake_hib(parent, name, msl, hib_after, debug), do: fetch_msg(parent, name, msl, hib_after, debug, false)

  @doc false
  # one message: each request at the line OTP 25 handles it, so a handler's failure shows it
  @file "gen_event.erl"
  @beamlet_frame_line 526
  # (Logger's process: an event for the program's own backends (Logger.Backends.Handlers), then
  # back to waiting, as OTP's handle_msg goes back to fetch_msg)
  def handle_msg({:notify, event}, captures, handlers, Logger, nil, nil) do
    handlers = server_notify(event, :handle_event, handlers, Logger)
    Logger.Backends.Console.__loop__(captures, handlers)
  end

  # (Logger's process: Logger.flush/0's :flush for the program's own backends, answered once they
  # have it, then back to waiting)
  @beamlet_frame_line 529
  def handle_msg({:sync_notify, event, from, ref}, captures, handlers, Logger, nil, nil) do
    handlers = server_notify(event, :handle_event, handlers, Logger)
    send(from, {ref, :flushed})
    Logger.Backends.Console.__loop__(captures, handlers)
  end

  # (Logger's process: Logger.configure_backend(:console, options) or its :gen_event.call/3, the
  # console's handle_call/2 called while it is installed; answered, then back to waiting)
  @beamlet_frame_line 536
  def handle_msg({:configure_console, options, reply_to}, captures, handlers, Logger, nil, nil) do
    config = Logger.Backends.Console.__config__()
    answer = if config.enabled == true, do: server_call(Logger.Backends.Console, {:configure, options}, config, Logger)
    Logger.Backends.Console.__reply__(reply_to, Logger.Backends.Console.__configured__(answer, config))
    Logger.Backends.Console.__loop__(captures, handlers)
  end

  # (Logger's process: a call to one of the program's own backends (configure_backend/2 or
  # :gen_event.call/3), answered, then back to waiting)
  @beamlet_frame_line 536
  def handle_msg({:call, id, query, reply_to}, captures, handlers, Logger, nil, nil) do
    {reply, handlers} =
      case List.keyfind(handlers, id, 0) do
        {_, state} when state != :crashed ->
          Logger.Backends.Handlers.called(handlers, id, state, query, server_call(Logger.Backends.Handlers.module(id), query, state, Logger))

        _ ->
          {{:error, :bad_module}, handlers}
      end

    Logger.Backends.Console.__answer__(reply_to, reply, handlers)
    Logger.Backends.Console.__loop__(captures, handlers)
  end

  # (Logger's process: a backend added by its watcher, Logger.Backends.Handlers; the watcher
  # gets init/1's answer)
  @beamlet_frame_line 544
  def handle_msg({:add_sup_handler, id, args, sup, tag}, captures, handlers, Logger, nil, nil) do
    answer = server_add_handler(Logger.Backends.Handlers.module(id), args, [], Logger)
    {reply, handlers} = Logger.Backends.Handlers.add_sup(handlers, id, sup, answer)
    GenServer.reply(tag, reply)
    Logger.Backends.Console.__handlers_changed__(handlers)
    Logger.Backends.Console.__loop__(captures, handlers)
  end

  # (Logger's process: a handler added, its init/1 gives {:ok, state} or {:EXIT, reason})
  @beamlet_frame_line 544
  def handle_msg(mod, args, _state, Logger, nil, nil) do
    case server_add_handler(mod, args, [], Logger) do
      {:ok, state} -> {:ok, state}
      failed -> failed
    end
  end

  @file "gen_event.erl"

  def handle_msg(msg, parent, name, msl, hib_after, debug) do
    case msg do
      {:notify, event} ->
        {hib, msl} = __at_line__(526, server_notify(event, :handle_event, msl, name))
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {from, tag, {:sync_notify, event}} when is_pid(from) ->
        {hib, msl} = __at_line__(529, server_notify(event, :handle_event, msl, name))
        reply(tag, :ok)
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {:EXIT, from, reason} ->
        msl = terminate_supervised(from, reason, msl, name)
        {hib, msl} = server_notify({:EXIT, from, reason}, :handle_info, msl, name)
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {from, tag, {:call, handler, query}} when is_pid(from) ->
        {hib, reply, msl} = __at_line__(536, server_call(handler, query, msl, name))
        reply(tag, reply)
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {from, tag, {:add_handler, handler, args}} when is_pid(from) ->
        {hib, reply, msl} = __at_line__(540, server_add_handler(handler, args, msl))
        reply(tag, reply)
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {from, tag, {:add_sup_handler, handler, args, sup}} when is_pid(from) ->
        :erlang.link(sup)
        {hib, reply, msl} = __at_line__(544, server_add_sup_handler(handler, args, msl, sup))
        reply(tag, reply)
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {from, tag, {:delete_handler, handler, args}} when is_pid(from) ->
        {reply, msl} = server_delete_handler(handler, args, msl, name)
        reply(tag, reply)
        fetch_msg(parent, name, msl, hib_after, debug, false)

      {from, tag, {:swap_handler, h1, a1, h2, a2}} when is_pid(from) ->
        {hib, reply, msl} = __at_line__(553, server_swap_handler(h1, a1, new_handler(h2, false), a2, msl, name))
        reply(tag, reply)
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {from, tag, {:swap_sup_handler, h1, a1, h2, a2, sup}} when is_pid(from) ->
        :erlang.link(sup)
        {hib, reply, msl} = __at_line__(558, server_swap_handler(h1, a1, new_handler(h2, sup), a2, msl, name))
        reply(tag, reply)
        fetch_msg(parent, name, msl, hib_after, debug, hib)

      {from, tag, :which_handlers} when is_pid(from) ->
        reply(tag, for({:handler, mod, id, _, _} <- msl, do: handler_id(mod, id)))
        fetch_msg(parent, name, msl, hib_after, debug, false)

      {from, tag, :get_modules} when is_pid(from) ->
        reply(tag, :lists.usort(for({:handler, mod, _, _, _} <- msl, do: mod)))
        fetch_msg(parent, name, msl, hib_after, debug, false)

      other ->
        {hib, msl} = __at_line__(573, server_notify(other, :handle_info, msl, name))
        fetch_msg(parent, name, msl, hib_after, debug, hib)
    end
  end

  defp reply(tag, reply), do: GenServer.reply(tag, reply)

  defp handler_id(mod, false), do: mod
  defp handler_id(mod, id), do: {mod, id}

  defp new_handler(spec, sup) do
    {mod, id} = split_id(spec)
    {:handler, mod, id, nil, sup}
  end

  defp split_id({mod, id}), do: {mod, id}
  defp split_id(mod), do: {mod, false}

  # the manager goes: each handler hears :stop (its adder :shutdown), then the exit
  defp terminate_server(reason, parent, msl, name) do
    stop_handlers(msl, name)
    if msl != [], do: for({:handler, _, _, _, sup} <- msl, is_pid(sup), sup != parent, do: :erlang.unlink(sup))
    exit(reason)
  end

  defp stop_handlers([], _name), do: :ok

  defp stop_handlers([{:handler, mod, _, state, _} = handler | rest], name) do
    do_terminate(mod, handler, :stop, state, :stop, name, :shutdown)
    stop_handlers(rest, name)
  end

  # the adder of supervised handlers died: they go, told {:stop, reason}
  defp terminate_supervised(pid, reason, msl, name) do
    Enum.filter(msl, fn
      {:handler, mod, _, state, ^pid} = handler ->
        do_terminate(mod, handler, {:stop, reason}, state, {:parent_terminated, {pid, reason}}, name, :shutdown)
        false

      _ ->
        true
    end)
  end

  # ---- adding, deleting, swapping -------------------------------------------------------------

  @doc false
  # init/1 of a new handler: {hib, reply, handlers}
  @file "gen_event.erl"
  @beamlet_frame_line 698
  def server_add_handler(mod, args, _handlers, Logger), do: __catch__(mod.init(args))

  @beamlet_frame_line 698
  def server_add_handler({:handler, mod, _, _, _} = handler, args, msl, _name) do
    case __catch__(mod.init(args)) do
      {:ok, state} -> {false, :ok, [put_elem(handler, 3, state) | msl]}
      {:ok, state, :hibernate} -> {true, :ok, [put_elem(handler, 3, state) | msl]}
      other -> {false, other, msl}
    end
  end

  defp server_add_handler(spec, args, msl) do
    {mod, id} = split_id(spec)
    server_add_handler({:handler, mod, id, nil, false}, args, msl, nil)
  end

  defp server_add_sup_handler(spec, args, msl, sup) do
    {mod, id} = split_id(spec)
    server_add_handler({:handler, mod, id, nil, sup}, args, msl, nil)
  end

  defp server_delete_handler(spec, args, msl, name) do
    case split(spec, msl) do
      {{:handler, mod, _, state, _} = handler, msl} ->
        {do_terminate(mod, handler, args, state, :"$delete", name, :normal), msl}

      :error ->
        {{:error, :module_not_found}, msl}
    end
  end

  # {the handler, the others} or :error
  defp split(spec, msl) do
    {mod, id} = split_id(spec)
    split(mod, id, msl, [])
  end

  defp split(_mod, _id, [], _before), do: :error
  defp split(mod, id, [{:handler, mod, id, _, _} = handler | rest], before), do: {handler, :lists.reverse(before, rest)}
  defp split(mod, id, [other | rest], before), do: split(mod, id, rest, [other | before])

  # h1 goes (terminate(a1)), h2 comes with init({a2, what h1's terminate gave}): :error when h1
  # was not there. h2 is supervised as h1 was, or by `sup` for swap_sup_handler
  # (h2 as a handler: its supervisor false for swap_handler, the caller for swap_sup_handler)
  @file "gen_event.erl"
  defp server_swap_handler(h1, a1, {:handler, mod2, id2, _, sup2}, a2, msl, name) do
    {state2, sup, msl} = split_and_terminate(h1, a1, msl, name, handler_id(mod2, id2), sup2)

    case __at_line__(742, server_add_handler({:handler, mod2, id2, nil, sup}, {a2, state2}, msl, nil)) do
      {hib, :ok, msl2} -> {hib, :ok, msl2}
      {hib, what, _} -> {hib, {:error, what}, msl}
    end
  end

  defp split_and_terminate(h1, a1, msl, name, h2, sup) do
    case split(h1, msl) do
      {{:handler, mod, _, state, old_sup} = handler, msl} ->
        new_sup = if sup == false, do: old_sup, else: sup
        result = do_terminate(mod, handler, a1, state, :swapped, name, {:swapped, h2, new_sup})
        {result, new_sup, msl}

      :error ->
        {:error, sup, msl}
    end
  end

  # ---- events and calls -----------------------------------------------------------------------

  @doc false
  # every handler's fun(event, state), in order: {hib, the handlers that stay}
  @file "gen_event.erl"
  @beamlet_frame_line 784
  # (Logger's process: the handlers that keep the event, [{module, state | :crashed}] in order)
  def server_notify(_event, _fun, [], Logger), do: []

  @beamlet_frame_line 784
  def server_notify(event, fun, [handler | rest], Logger) do
    case server_update(handler, fun, event, Logger) do
      nil -> server_notify(event, fun, rest, Logger)
      kept -> [kept | __at_line__(786, server_notify(event, fun, rest, Logger))]
    end
  end

  def server_notify(_event, _fun, [], _name), do: {false, []}

  @beamlet_frame_line 784
  def server_notify(event, fun, [handler | rest], name) do
    case server_update(handler, fun, event, name) do
      {:ok, handler} ->
        {hib, rest} = __at_line__(786, server_notify(event, fun, rest, name))
        {hib, [handler | rest]}

      {:hibernate, handler} ->
        {_, rest} = __at_line__(789, server_notify(event, fun, rest, name))
        {true, [handler | rest]}

      :no ->
        server_notify(event, fun, rest, name)
    end
  end

  @doc false
  # one handler's fun(event, state): {:ok, handler}, {:hibernate, handler} or :no (it went)
  @file "gen_event.erl"
  @beamlet_frame_line 802
  def server_update({:handler, mod, _, state, _} = handler, fun, event, name) do
    result =
      try do
        apply(mod, fun, [event, state])
      catch
        :throw, value -> value
        :error, :undef when fun == :handle_info ->
          case __STACKTRACE__ do
            [{^mod, :handle_info, _, _} | _] -> {:ok, state}
            st -> {:EXIT, {:undef, st}}
          end
        :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
        :exit, reason -> {:EXIT, reason}
      end

    case result do
      {:ok, state} ->
        {:ok, put_elem(handler, 3, state)}

      {:ok, state, :hibernate} ->
        {:hibernate, put_elem(handler, 3, state)}

      {:swap_handler, a1, state, h2, a2} ->
        do_swap(mod, put_elem(handler, 3, state), a1, h2, a2, event, name)

      :remove_handler ->
        do_terminate(mod, handler, :remove_handler, state, event, name, :normal)
        :no

      {:EXIT, _} = exit ->
        do_terminate(mod, handler, {:error, exit}, state, event, name, :crash)
        :no

      other ->
        do_terminate(mod, handler, {:error, other}, state, event, name, :crash)
        :no
    end
  end

  # (Logger's process: a handler that failed gets nothing more; Logger still knows it,
  # Logger.Backends.Handlers)
  def server_update({_mod, :crashed} = handler, _fun, _event, Logger), do: handler

  # (the console, at its place among the handlers: the entry laid out for it; it writes at once)
  def server_update({:"$beamlet_console", _} = handler, _fun, :flush, Logger), do: handler

  @beamlet_frame_line 802
  def server_update({:"$beamlet_console", _} = handler, _fun, event, Logger) do
    case Process.delete(:"$beamlet_console_entry") do
      nil ->
        handler

      text ->
        try do
          Logger.Backends.Console.handle_event(event, text)
          handler
        catch
          :error, reason ->
            Logger.Backends.Console.__crashed__({:EXIT, {reason, __STACKTRACE__}}, event)
            handler
        end
    end
  end

  # (an entry only the console was to have: logged when the program had no backend of its own)
  def server_update({_mod, _state} = handler, _fun, :"$beamlet_console_only", Logger), do: handler

  @beamlet_frame_line 802
  def server_update({mod, state}, fun, event, Logger) do
    Logger.Backends.Handlers.handled(mod, state, apply(Logger.Backends.Handlers.module(mod), fun, [event, state]), event)
  catch
    kind, reason -> Logger.Backends.Handlers.crashed(mod, state, kind, reason, __STACKTRACE__, event)
  end

  # a handler asked to be swapped: it goes (terminate(a1)), h2 comes in its place, supervised as it was
  defp do_swap(mod, {:handler, _, _, state, sup} = handler, a1, h2, a2, event, name) do
    {mod2, id2} = split_id(h2)
    state2 = do_terminate(mod, handler, a1, state, event, name, {:swapped, handler_id(mod2, id2), sup})

    case server_add_handler({:handler, mod2, id2, nil, sup}, {a2, state2}, [], nil) do
      {false, :ok, [new]} -> {:ok, new}
      {true, :ok, [new]} -> {:hibernate, new}
      {_, _, []} -> :no
    end
  end

  @doc false
  # a call to one handler: {hib, reply, handlers}
  @file "gen_event.erl"
  @beamlet_frame_line 874
  # (Logger's process: a handler's handle_call/2, {:ok, reply, state} or {:EXIT, reason})
  def server_call(mod, query, state, Logger) do
    case server_call_update(mod, query, state) do
      {:ok, reply, state} -> {:ok, reply, state}
      failed -> failed
    end
  end

  def server_call(spec, query, msl, name) do
    {mod, id} = split_id(spec)

    case search(mod, id, msl) do
      {:ok, {:handler, _, _, _, sup} = handler} ->
        case __at_line__(874, server_call_update(handler, query, name)) do
          {:no, reply} ->
            {false, reply, delete(mod, id, msl)}

          {{:ok, new}, reply} ->
            {false, reply, replace(mod, id, msl, new)}

          {{:hibernate, new}, reply} ->
            {true, reply, replace(mod, id, msl, new)}

          {:swap, a1, state, h2, a2, reply} ->
            handler = {:handler, mod, id, state, sup}
            msl = delete(mod, id, msl)

            case do_swap(mod, handler, a1, h2, a2, query, name) do
              {:ok, new} -> {false, reply, [new | msl]}
              {:hibernate, new} -> {true, reply, [new | msl]}
              :no -> {false, reply, msl}
            end
        end

      :error ->
        {false, {:error, :bad_module}, msl}
    end
  end

  @doc false
  @file "gen_event.erl"
  @beamlet_frame_line 925
  def server_call_update(mod, query, state) when is_atom(mod), do: __catch__(mod.handle_call(query, state))

  @beamlet_frame_line 925
  def server_call_update({:handler, mod, _, state, _} = handler, query, name) do
    result = __catch__(mod.handle_call(query, state))

    case result do
      {:ok, reply, state} -> {{:ok, put_elem(handler, 3, state)}, reply}
      {:ok, reply, state, :hibernate} -> {{:hibernate, put_elem(handler, 3, state)}, reply}
      {:swap_handler, reply, a1, state, h2, a2} -> {:swap, a1, state, h2, a2, reply}
      {:remove_handler, reply} ->
        do_terminate(mod, handler, :remove_handler, state, query, name, :normal)
        {:no, reply}

      {:EXIT, _} = exit ->
        do_terminate(mod, handler, {:error, exit}, state, query, name, :crash)
        {:no, {:error, exit}}

      other ->
        do_terminate(mod, handler, {:error, other}, state, query, name, :crash)
        {:no, {:error, other}}
    end
  end

  defp search(_mod, _id, []), do: :error
  defp search(mod, id, [{:handler, mod, id, _, _} = handler | _]), do: {:ok, handler}
  defp search(mod, id, [_ | rest]), do: search(mod, id, rest)

  defp delete(mod, id, [{:handler, mod, id, _, _} | rest]), do: rest
  defp delete(mod, id, [other | rest]), do: [other | delete(mod, id, rest)]
  defp delete(_mod, _id, []), do: []

  defp replace(mod, id, [{:handler, mod, id, _, _} | rest], new), do: [new | rest]
  defp replace(mod, id, [other | rest], new), do: [other | replace(mod, id, rest, new)]
  defp replace(_mod, _id, [], _new), do: []

  # ---- a handler goes -------------------------------------------------------------------------
  # its terminate/2 (when it has one; what it raises is ignored) hears args, then the failure is
  # reported (how: :crash with args {:error, why}) and its adder told {:gen_event_EXIT, id, why}

  defp do_terminate(mod, {:handler, _, id, _, sup}, args, state, last_in, name, how) do
    result =
      if GenServer.__exported__(mod, :terminate, 2) do
        __catch__(mod.terminate(args, state))
      else
        :ok
      end

    why =
      case {how, args} do
        {:crash, {:error, why}} -> why
        _ -> how
      end

    if how == :crash, do: Logger.__gen_event_terminated__(handler_id(mod, id), name, why, last_in, state)

    if is_pid(sup) do
      send(sup, {:gen_event_EXIT, handler_id(mod, id), why})
    end

    result
  end

  # ---- system messages (:sys calls these back); misc is [name, handlers, hibernate_after, hib] -

  @doc false
  def system_continue(parent, debug, [name, msl, hib_after, hib]), do: fetch_msg(parent, name, msl, hib_after, debug, hib)

  @doc false
  def system_terminate(reason, parent, _debug, [name, msl, _hib_after, _hib]), do: terminate_server(reason, parent, msl, name)

  @doc false
  def system_get_state([_name, msl, _hib_after, _hib]), do: {:ok, for({:handler, mod, id, state, _} <- msl, do: {mod, id, state})}

  @doc false
  def system_replace_state(fun, [name, msl, hib_after, hib]) do
    msl =
      for {:handler, mod, id, state, sup} <- msl do
        {mod, id, state} = fun.({mod, id, state})
        {:handler, mod, id, state, sup}
      end

    {:ok, for({:handler, mod, id, state, _} <- msl, do: {mod, id, state}), [name, msl, hib_after, hib]}
  end

  @doc false
  def system_code_change([name, msl, hib_after, hib], module, old_vsn, extra) do
    msl =
      for {:handler, mod, id, state, sup} = handler <- msl do
        if mod == module do
          {:ok, state} = mod.code_change(old_vsn, state, extra)
          {:handler, mod, id, state, sup}
        else
          handler
        end
      end

    {:ok, [name, msl, hib_after, hib]}
  end

  @doc false
  def system_status_data([name, msl, _hib_after, _hib], status, parent) do
    [
      header: 'Status for event handler ' ++ name_chars(name),
      data: [{'Status', status}, {'Logged Events', []}, {'Parent', parent}],
      items: {'Installed handlers', msl}
    ]
  end

  defp name_chars(atom) when is_atom(atom), do: :erlang.atom_to_list(atom)
  defp name_chars(pid) when is_pid(pid), do: :erlang.pid_to_list(pid)
  defp name_chars(other), do: String.to_charlist(inspect(other))
end
