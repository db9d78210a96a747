defmodule :gen_event do
  @moduledoc false
  # OTP's gen_event as far as beamlet's Logger process uses it (lib/otp/logger_console.ex): the
  # console handler's callbacks run under these functions, so that a failure's stack trace ends
  # in gen_event's frames at OTP 25's lines, as Elixir's Logger shows them
  # (`(stdlib 4.2) gen_event.erl:925: :gen_event.server_call_update/3`). A callback that raises
  # or exits answers {:EXIT, reason} (OTP's `catch`: {exception, stacktrace} for an error).

  @doc false
  # a handler's handle_call/2: {:ok, reply, state} or {:EXIT, reason}
  @file "gen_event.erl"
  @beamlet_frame_line 874
  def server_call(mod, query, state, _manager) do
    case server_call_update(mod, query, state) do
      {:ok, reply, state} -> {:ok, reply, state}
      failed -> failed
    end
  end

  @doc false
  @file "gen_event.erl"
  @beamlet_frame_line 925
  def server_call_update(mod, query, state) do
    mod.handle_call(query, state)
  catch
    :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
    :exit, reason -> {:EXIT, reason}
  end

  @doc false
  # an event for the program's own backends (Logger.Backends.Handlers): each handler's
  # handle_event/2 runs under server_notify/4 and server_update/4, then the Logger process goes
  # on waiting (a tail call, as OTP's handle_msg goes back to fetch_msg)
  @file "gen_event.erl"
  @beamlet_frame_line 526
  def handle_msg({:notify, event}, captures, handlers, manager, _parent, _debug) do
    handlers = server_notify(event, :handle_event, handlers, manager)
    Logger.Backends.Console.__loop__(captures, handlers)
  end

  # a handler added: its init/1 gives {:ok, state}, or {:EXIT, reason}
  @file "gen_event.erl"
  @beamlet_frame_line 544
  def handle_msg(mod, args, _state, _manager, _parent, _debug) do
    case server_add_handler(mod, args, [], nil) do
      {:ok, state} -> {:ok, state}
      failed -> failed
    end
  end

  @doc false
  # the handlers that keep the event ([{module, state | :crashed}], in order)
  @file "gen_event.erl"
  @beamlet_frame_line 784
  def server_notify(_event, _fun, [], _manager), do: []

  @file "gen_event.erl"
  @beamlet_frame_line 784
  def server_notify(event, fun, [handler | rest], manager) do
    case server_update(handler, fun, event, manager) do
      nil -> server_notify(event, fun, rest, manager)
      kept -> [kept | server_notify(event, fun, rest, manager)]
    end
  end

  @doc false
  # (a handler that failed gets nothing more; Logger still knows it, Logger.Backends.Handlers)
  def server_update({_mod, :crashed} = handler, _fun, _event, _manager), do: handler

  # (the console, at its place among the handlers: the entry laid out for it; it writes at once)
  def server_update({:"$beamlet_console", _} = handler, _fun, :flush, _manager), do: handler

  def server_update({:"$beamlet_console", _} = handler, _fun, _event, _manager) do
    Logger.Backends.Console.__write__(Process.delete(:"$beamlet_console_entry"))
    handler
  end

  @file "gen_event.erl"
  @beamlet_frame_line 802
  def server_update({mod, state}, fun, event, _manager) do
    Logger.Backends.Handlers.handled(mod, state, apply(mod, fun, [event, state]))
  catch
    kind, reason -> Logger.Backends.Handlers.crashed(mod, state, kind, reason, __STACKTRACE__)
  end

  @doc false
  @file "gen_event.erl"
  @beamlet_frame_line 698
  def server_add_handler(mod, args, _handlers, _name) do
    mod.init(args)
  catch
    :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
    :exit, reason -> {:EXIT, reason}
  end
end
