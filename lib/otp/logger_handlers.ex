defmodule Logger.Backends.Handlers do
  @moduledoc false
  # The Logger backends a program writes itself (Logger.add_backend(MyBackend)): gen_event
  # handlers, run in the Logger process (Logger.Backends.Console) as Elixir 1.14 runs them in its
  # own: init(MyBackend) when added, handle_event({level, gl, {Logger, message, timestamp,
  # metadata}}, state) for each entry and handle_event(:flush, state) for Logger.flush/0,
  # handle_call(request, state) for Logger.configure_backend/2 ({:configure, options}),
  # terminate(:ok, state) when removed. A handler whose handle_event fails gets
  # terminate({:error, {:EXIT, {exception, stacktrace}}}, state) and the report of Elixir's
  # Logger.Watcher on stderr; it gets no more entries until its watcher, restarted, adds it again
  # shortly after (reinstall/2), and stays a backend Logger knows: remove_backend/1 answers :ok.
  # `handlers`: [{module, state | :crashed}], the newest first (as gen_event adds a handler), the console's place among them.
  # A backend is a module or {module, id} (several of one module): init/1 gets it whole, as
  # Logger.Watcher hands it over.

  @doc false
  def module({mod, _id}), do: mod
  def module(mod), do: mod

  def add(handlers, id) do
    if List.keymember?(handlers, id, 0) do
      {{:error, :already_present}, handlers}
    else
      # (as gen_event's catch Mod:init(Args): a thrown value is init's answer)
      case __catch__(module(id).init(id)) do
        {:ok, state} -> {:ok, [{id, state} | handlers]}
        {:ok, state, :hibernate} -> {:ok, [{id, state} | handlers]}
        {:error, reason} -> {{:error, reason}, handlers}
        other -> {{:error, other}, handlers}
      end
    end
  end

  def remove(handlers, mod) do
    case List.keyfind(handlers, mod, 0) do
      nil ->
        {{:error, :not_found}, handlers}

      {_, :crashed} ->
        {:ok, List.keydelete(handlers, mod, 0)}

      {_, state} ->
        try do
          module(mod).terminate(:ok, state)
        catch
          _, _ -> :ok
        end

        {:ok, List.keydelete(handlers, mod, 0)}
    end
  end

  # a handler that raises or answers what gen_event does not expect is removed
  def call(handlers, mod, request) do
    case List.keyfind(handlers, mod, 0) do
      found when found in [nil, {mod, :crashed}] ->
        {{:error, :bad_module}, handlers}

      {_, state} ->
        # (as gen_event's catch Mod:handle_call(Query, State): a thrown value is the answer)
        case __catch__(module(mod).handle_call(request, state)) do
          {:ok, reply, state} -> {reply, List.keyreplace(handlers, mod, 0, {mod, state})}
          {:ok, reply, state, :hibernate} -> {reply, List.keyreplace(handlers, mod, 0, {mod, state})}
          {:remove_handler, reply} -> {reply, List.keydelete(handlers, mod, 0)}
          {:EXIT, _} = failed -> {{:error, failed}, List.keydelete(handlers, mod, 0)}
          other -> {{:error, {:bad_return_value, other}}, List.keydelete(handlers, mod, 0)}
        end
    end
  end

  # (Logger.flush/0's :flush; the entries go through :gen_event.handle_msg/6)
  def event(handlers, event), do: :gen_event.server_notify(event, :handle_event, handlers, Logger)

  # what handle_event answered: the handler kept ({id, state}), or gone ({id, :crashed}: its
  # watcher stays, so remove_backend/1 still answers :ok) after terminate/2 is told why, as
  # gen_event's server_update/4: :remove_handler, or {:error, reply} with Logger.Watcher's report
  def handled(id, _state, {:ok, state}), do: {id, state}
  def handled(id, _state, {:ok, state, :hibernate}), do: {id, state}

  def handled(id, state, :remove_handler) do
    terminate(id, :remove_handler, state)
    {id, :crashed}
  end

  def handled(id, state, reply), do: gone(id, state, reply)

  # a handler that raised or exited (a thrown value is its answer, as gen_event's catch makes it)
  def crashed(id, state, :throw, value, _stacktrace), do: handled(id, state, value)
  def crashed(id, state, :exit, reason, _stacktrace), do: gone(id, state, {:EXIT, reason})
  def crashed(id, state, :error, reason, stacktrace), do: gone(id, state, {:EXIT, {reason, stacktrace}})

  # (milliseconds: the watcher's report, its exit, the supervisor's restart and the new watcher's
  # add_sup_handler call take a few on the BEAM)
  @reinstall_after 10

  # told why (its frames are gen_event's below it, as in Elixir's Logger process), then Logger.Watcher
  # reports the handler's end on stderr: the reason without gen_event's {:EXIT, _}
  defp gone(id, state, reason) do
    terminate(id, {:error, reason}, state)

    shown =
      case reason do
        {:EXIT, why} -> why
        other -> other
      end

    IO.write(:standard_error, [":gen_event handler ", inspect(id), " installed in Logger terminating\n** (exit) ", Exception.format_exit(shown), "\n"])
    # its watcher stops with that reason and, being :transient, is restarted by Logger's
    # supervisor shortly after, adding the handler again (init/1 anew)
    Process.send_after(self(), {:"$beamlet_reinstall", id}, @reinstall_after)
    {id, :crashed}
  end

  @doc false
  # a crashed handler's watcher restarted: the handler comes back as the newest one, from init/1
  # again; nothing happens when it was removed meanwhile (remove_backend/1 ends its watcher). An
  # init/1 that fails leaves it crashed (Elixir's supervisor would retry up to its intensity)
  def reinstall(handlers, id) do
    case List.keyfind(handlers, id, 0) do
      {_, :crashed} ->
        case __catch__(module(id).init(id)) do
          {:ok, state} -> [{id, state} | List.keydelete(handlers, id, 0)]
          {:ok, state, :hibernate} -> [{id, state} | List.keydelete(handlers, id, 0)]
          _ -> handlers
        end

      _ ->
        handlers
    end
  end

  defp terminate(id, reason, state) do
    try do
      module(id).terminate(reason, state)
    catch
      _, _ -> :ok
    end
  end
end
