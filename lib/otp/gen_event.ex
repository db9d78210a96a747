defmodule GenEvent do
  @moduledoc """
  Elixir 1.14's deprecated event manager (each call warns where it is compiled): a process holding
  a list of handlers, each a callback module (or `{module, id}`) with its own state. Events go to
  every handler in turn (`notify/2` without waiting, `sync_notify/2` once all ran, `ack_notify/2`
  once received); `call/3` asks one handler. A handler whose callback fails, returns a bad value or
  `:remove_handler` is removed (its `terminate/2` told why); a failure is logged as the error
  logger's "gen_event handler crashed" report.
  """

  @callback init(term) :: term
  @callback handle_event(term, term) :: term
  @callback handle_call(term, term) :: term
  @callback handle_info(term, term) :: term
  @callback terminate(term, term) :: term
  @callback code_change(term, term, term) :: term

  @doc false
  defmacro __using__(_) do
    IO.warn("the GenEvent module is deprecated, see its documentation for alternatives", __CALLER__)

    quote location: :keep do
      @behaviour :gen_event

      @doc false
      def init(args) do
        {:ok, args}
      end

      @doc false
      def handle_event(_event, state) do
        {:ok, state}
      end

      @doc false
      def handle_call(msg, state) do
        proc =
          case Process.info(self(), :registered_name) do
            {_, []} -> self()
            {_, name} -> name
          end

        # (never taken: it keeps the :remove_handler return in the function's type)
        case :erlang.phash2(1, 1) do
          0 -> raise "attempted to call GenEvent #{inspect(proc)} but no handle_call/2 clause was provided"
          1 -> {:remove_handler, {:bad_call, msg}}
        end
      end

      @doc false
      def handle_info(_msg, state) do
        {:ok, state}
      end

      @doc false
      def terminate(_reason, _state) do
        :ok
      end

      @doc false
      def code_change(_old, state, _extra) do
        {:ok, state}
      end

      defoverridable init: 1, handle_event: 2, handle_call: 2, handle_info: 2, terminate: 2, code_change: 3
    end
  end

  # a handler of the manager: {:handler, module, id, state, pid, ref} (as Elixir's record): its
  # module, its id (the module or {module, id}), its state, and the process it is monitored for
  # (add_mon_handler) with that monitor

  def start_link(options \\ []) when is_list(options), do: do_start(:link, options)
  def start(options \\ []) when is_list(options), do: do_start(:nolink, options)

  defp do_start(mode, options) do
    name =
      case Keyword.get(options, :name) do
        nil -> nil
        atom when is_atom(atom) -> {:local, atom}
        {:global, _term} = tuple -> tuple
        {:via, via_module, _term} = tuple when is_atom(via_module) -> tuple
        other ->
          raise ArgumentError,
                "expected :name option to be one of the following:\n\n" <>
                  "  * nil\n  * atom\n  * {:global, term}\n  * {:via, module, term}\n\n" <>
                  "Got: " <> inspect(other) <> "\n"
      end

    GenServer.__start__(mode, name, [], fn starter, parent, name ->
      Process.put(:"$initial_call", {GenEvent, :init_it, 6})
      GenServer.__init_ack__(starter, {:ok, self()})
      loop(parent, manager_name(name), [], [], false)
    end)
  end

  @doc false
  def init_it(starter, :self, name, mod, args, options), do: init_it(starter, self(), name, mod, args, options)

  def init_it(starter, parent, name, _mod, _args, _options) do
    Process.put(:"$initial_call", {GenEvent, :init_it, 6})
    GenServer.__init_ack__(starter, {:ok, self()})
    loop(parent, manager_name(name), [], [], false)
  end

  @doc false
  def init_hib(parent, name, handlers, debug), do: receive_message(parent, name, handlers, debug)

  defp manager_name(nil), do: self()
  defp manager_name({:local, name}), do: name
  defp manager_name({:global, name}), do: name
  defp manager_name({:via, _, name}), do: name

  def stream(manager, options \\ []) do
    %GenEvent.Stream{manager: manager, timeout: Keyword.get(options, :timeout, :infinity)}
  end

  def add_handler(manager, handler, args), do: rpc(manager, {:add_handler, handler, args})

  def add_mon_handler(manager, handler, args), do: rpc(manager, {:add_mon_handler, handler, args, self()})

  def notify({:global, name}, msg) do
    try do
      :global.send(name, {:notify, msg})
      :ok
    catch
      _, _ -> :ok
    end
  end

  def notify({:via, mod, name}, msg) when is_atom(mod) do
    try do
      mod.send(name, {:notify, msg})
      :ok
    catch
      _, _ -> :ok
    end
  end

  # (a send to a name not registered fails at Elixir's line of the send)
  @beamlet_frame_line 243
  def notify(manager, msg)
      when is_pid(manager)
      when is_atom(manager)
      when tuple_size(manager) == 2 and is_atom(elem(manager, 0)) and is_atom(elem(manager, 1)) do
    send(manager, {:notify, msg})
    :ok
  end

  def sync_notify(manager, event), do: rpc(manager, {:sync_notify, event})

  def ack_notify(manager, event), do: rpc(manager, {:ack_notify, event})

  def call(manager, handler, request, timeout \\ 5000) do
    try do
      gen_call(manager, {:call, handler, request}, timeout)
    catch
      :exit, reason -> exit({reason, {__MODULE__, :call, [manager, handler, request, timeout]}})
    else
      {:ok, res} -> res
    end
  end

  def remove_handler(manager, handler, args), do: rpc(manager, {:delete_handler, handler, args})

  def swap_handler(manager, handler1, args1, handler2, args2),
    do: rpc(manager, {:swap_handler, handler1, args1, handler2, args2})

  def swap_mon_handler(manager, handler1, args1, handler2, args2),
    do: rpc(manager, {:swap_mon_handler, handler1, args1, handler2, args2, self()})

  def which_handlers(manager), do: rpc(manager, :which_handlers)

  # (gen:stop: the manager found by name, else exit(:noproc))
  def stop(manager, reason \\ :normal, timeout \\ :infinity) do
    case GenServer.whereis(manager) do
      nil -> exit(:noproc)
      pid -> :proc_lib.stop(pid, reason, timeout)
    end
  end

  defp rpc(manager, request) do
    {:ok, reply} = gen_call(manager, request, :infinity)
    reply
  end

  # gen:call with the caller as the label: the manager replies {tag, reply} to the caller
  defp gen_call(manager, request, timeout) do
    case GenServer.whereis(manager) do
      nil -> exit(:noproc)
      pid -> :gen.call(pid, self(), request, timeout)
    end
  end

  ## The manager's loop

  defp loop(parent, name, handlers, debug, true),
    do: :proc_lib.hibernate(__MODULE__, :init_hib, [parent, name, handlers, debug])

  defp loop(parent, name, handlers, debug, false), do: receive_message(parent, name, handlers, debug)

  defp receive_message(parent, name, handlers, debug) do
    receive do
      {:system, from, request} ->
        :sys.handle_system_msg(request, from, parent, __MODULE__, debug, [name, handlers])

      {:EXIT, ^parent, reason} ->
        terminate_manager(reason, handlers, name)

      msg ->
        handle_message(msg, parent, name, handlers, debug)
    end
  end

  defp handle_message(msg, parent, name, handlers, debug) do
    case msg do
      {:notify, event} ->
        {hib, handlers} = each_handler(event, :handle_event, handlers, name)
        loop(parent, name, handlers, debug, hib)

      {_from, _tag, {:notify, event}} ->
        {hib, handlers} = each_handler(event, :handle_event, handlers, name)
        loop(parent, name, handlers, debug, hib)

      {_from, tag, {:ack_notify, event}} ->
        reply(tag, :ok)
        {hib, handlers} = each_handler(event, :handle_event, handlers, name)
        loop(parent, name, handlers, debug, hib)

      {_from, tag, {:sync_notify, event}} ->
        {hib, handlers} = each_handler(event, :handle_event, handlers, name)
        reply(tag, :ok)
        loop(parent, name, handlers, debug, hib)

      {:DOWN, ref, :process, _pid, reason} = down ->
        case :lists.keyfind(ref, 6, handlers) do
          false ->
            {hib, handlers} = each_handler(down, :handle_info, handlers, name)
            loop(parent, name, handlers, debug, hib)

          handler ->
            terminate_handler(handler, {:stop, reason}, :DOWN, name, :shutdown)
            loop(parent, name, :lists.keydelete(ref, 6, handlers), debug, false)
        end

      {_from, tag, {:call, id, request}} ->
        {hib, reply, handlers} = call_handler(id, request, handlers, name)
        reply(tag, reply)
        loop(parent, name, handlers, debug, hib)

      {_from, tag, {:add_handler, handler, args}} ->
        {hib, reply, handlers} = add(handler, args, handlers, nil)
        reply(tag, reply)
        loop(parent, name, handlers, debug, hib)

      {_from, tag, {:add_mon_handler, handler, args, pid}} ->
        {hib, reply, handlers} = add(handler, args, handlers, pid)
        reply(tag, reply)
        loop(parent, name, handlers, debug, hib)

      {_from, tag, {:delete_handler, id, args}} ->
        {reply, handlers} = take(id, args, handlers, name, :remove, :normal)
        reply(tag, reply)
        loop(parent, name, handlers, debug, false)

      {_from, tag, {:swap_handler, id1, args1, handler2, args2}} ->
        {hib, reply, handlers} = swap(id1, args1, handler2, args2, handlers, nil, name)
        reply(tag, reply)
        loop(parent, name, handlers, debug, hib)

      {_from, tag, {:swap_mon_handler, id1, args1, handler2, args2, pid}} ->
        {hib, reply, handlers} = swap(id1, args1, handler2, args2, handlers, pid, name)
        reply(tag, reply)
        loop(parent, name, handlers, debug, hib)

      {_from, tag, :which_handlers} ->
        reply(tag, for({:handler, _, id, _, _, _} <- handlers, do: id))
        loop(parent, name, handlers, debug, false)

      {_from, tag, :get_modules} ->
        reply(tag, :ordsets.to_list(:ordsets.from_list(for {:handler, module, _, _, _, _} <- handlers, do: module)))
        loop(parent, name, handlers, debug, false)

      other ->
        {hib, handlers} = each_handler(other, :handle_info, handlers, name)
        loop(parent, name, handlers, debug, hib)
    end
  end

  defp reply({from, tag}, msg), do: send(from, {tag, msg})

  ## System messages

  @doc false
  def system_continue(parent, debug, [name, handlers]), do: loop(parent, name, handlers, debug, false)

  @doc false
  def system_terminate(reason, _parent, _debug, [name, handlers]), do: terminate_manager(reason, handlers, name)

  @doc false
  def system_code_change([name, handlers], module, old_vsn, extra) do
    handlers =
      for handler <- handlers do
        if elem(handler, 1) == module do
          {:ok, state} = module.code_change(old_vsn, elem(handler, 3), extra)
          put_elem(handler, 3, state)
        else
          handler
        end
      end

    {:ok, [name, handlers]}
  end

  @doc false
  def system_get_state([_name, handlers]) do
    {:ok, for({:handler, mod, id, state, _, _} <- handlers, do: {mod, id, state})}
  end

  @doc false
  def system_replace_state(fun, [name, handlers]) do
    {handlers, states} =
      handlers
      |> Enum.map(fn {:handler, mod, id, state, _, _} = handler ->
        current = {mod, id, state}

        try do
          {^mod, ^id, new_state} = new = fun.(current)
          {put_elem(handler, 3, new_state), new}
        catch
          _, _ -> {handler, current}
        end
      end)
      |> :lists.unzip()

    {:ok, states, [name, handlers]}
  end

  @doc false
  def format_status(_opt, [_pdict, sys_state, parent, _debug, [name, handlers]]) do
    [
      header: :gen.format_status_header('Status for event handler', name),
      data: [{'Status', sys_state}, {'Parent', parent}],
      items: {'Installed handlers', handlers}
    ]
  end

  ## Handlers

  defp add(handler, args, handlers, monitored) do
    {module, id} =
      case handler do
        {module, id} -> {module, {module, id}}
        module -> {module, module}
      end

    new =
      case monitored do
        nil -> {:handler, module, id, nil, nil, nil}
        pid -> {:handler, module, id, nil, pid, Process.monitor(pid)}
      end

    if :lists.keyfind(id, 3, handlers) do
      {false, {:error, :already_present}, handlers}
    else
      case callback(module, :init, [args]) do
        {:ok, {:ok, state}} -> {false, :ok, [put_elem(new, 3, state) | handlers]}
        {:ok, {:ok, state, :hibernate}} -> {true, :ok, [put_elem(new, 3, state) | handlers]}
        {:ok, {:error, _} = error} -> {false, error, handlers}
        {:ok, other} -> {false, {:error, {:bad_return_value, other}}, handlers}
        {:error, _} = error -> {false, error, handlers}
      end
    end
  end

  defp take(id, args, handlers, name, last_in, reason) do
    case :lists.keytake(id, 3, handlers) do
      {:value, handler, handlers} -> {terminate_handler(handler, args, last_in, name, reason), handlers}
      false -> {{:error, :not_found}, handlers}
    end
  end

  # the first handler's terminate/2 value is the second's init argument, with args2
  defp swap(id1, args1, handler2, args2, handlers, monitored, name) do
    {state, handlers} = take(id1, args1, handlers, name, :swapped, {:swapped, handler2, monitored})
    add(handler2, {args2, state}, handlers, monitored)
  end

  # each handler in turn, the oldest first (the list is kept newest first); those that fail or
  # ask it are removed
  defp each_handler(event, fun, handlers, name) do
    Enum.reduce(:lists.reverse(handlers), {false, []}, fn handler, {hib, kept} ->
      case update_handler(handler, fun, event, name) do
        {new_hib, handler} -> {hib or new_hib, [handler | kept]}
        :error -> {hib, kept}
      end
    end)
  end

  defp update_handler({:handler, module, _, state, _, _} = handler, fun, event, name) do
    case callback(module, fun, [event, state]) do
      {:ok, {:ok, state}} ->
        {false, put_elem(handler, 3, state)}

      {:ok, {:ok, state, :hibernate}} ->
        {true, put_elem(handler, 3, state)}

      {:ok, :remove_handler} ->
        terminate_handler(handler, :remove_handler, event, name, :normal)
        :error

      {:ok, other} ->
        reason = {:bad_return_value, other}
        terminate_handler(handler, {:error, reason}, event, name, reason)
        :error

      {:error, reason} ->
        terminate_handler(handler, {:error, reason}, event, name, reason)
        :error
    end
  end

  defp call_handler(id, request, handlers, name) do
    case :lists.keyfind(id, 3, handlers) do
      false ->
        {false, {:error, :not_found}, handlers}

      {:handler, module, _, state, _, _} = handler ->
        replaced = fn handler -> :lists.keyreplace(id, 3, handlers, handler) end
        removed = :lists.keydelete(id, 3, handlers)

        case callback(module, :handle_call, [request, state]) do
          {:ok, {:ok, reply, state}} ->
            {false, reply, replaced.(put_elem(handler, 3, state))}

          {:ok, {:ok, reply, state, :hibernate}} ->
            {true, reply, replaced.(put_elem(handler, 3, state))}

          {:ok, {:remove_handler, reply}} ->
            terminate_handler(handler, :remove_handler, request, name, :normal)
            {false, reply, removed}

          {:ok, other} ->
            reason = {:bad_return_value, other}
            terminate_handler(handler, {:error, reason}, request, name, reason)
            {false, {:error, reason}, removed}

          {:error, reason} ->
            terminate_handler(handler, {:error, reason}, request, name, reason)
            {false, {:error, reason}, removed}
        end
    end
  end

  defp terminate_manager(reason, handlers, name) do
    for handler <- handlers, do: terminate_handler(handler, :stop, :stop, name, :shutdown)
    exit(reason)
  end

  # terminate/2's value (or its failure); a failure is reported, and the process the handler was
  # monitored for hears {:gen_event_EXIT, id, reason}
  defp terminate_handler({:handler, module, _, state, _, _} = handler, arg, last_in, name, reason) do
    result =
      case callback(module, :terminate, [arg, state]) do
        {:ok, result} -> result
        {:error, _} = error -> error
      end

    report(handler, reason, state, last_in, name)
    if ref = elem(handler, 5), do: Process.demonitor(ref, [:flush])
    if pid = elem(handler, 4), do: send(pid, {:gen_event_EXIT, elem(handler, 2), reason})
    result
  end

  # a callback's value as {:ok, value} (a throw is one too), its failure as {:error, reason}
  defp callback(module, fun, args) do
    try do
      apply(module, fun, args)
    catch
      :throw, value -> {:ok, value}
      :error, reason -> {:error, {reason, __STACKTRACE__}}
      :exit, reason -> {:error, reason}
    else
      value -> {:ok, value}
    end
  end

  defp report(_handler, :normal, _, _, _), do: :ok
  defp report(_handler, :shutdown, _, _, _), do: :ok
  defp report(_handler, {:swapped, _, _}, _, _, _), do: :ok

  defp report({:handler, module, id, _, _, _}, reason, state, last_in, name) do
    reason =
      case reason do
        {:undef, [{m, f, a, _} | _] = mfas} ->
          cond do
            :code.is_loaded(m) == false -> {:"module could not be loaded", mfas}
            function_exported?(m, f, length(a)) -> reason
            true -> {:"function not exported", mfas}
          end

        _ ->
          reason
      end

    state =
      if function_exported?(module, :format_status, 2) do
        try do
          module.format_status(:terminate, [Process.get(), state])
        catch
          _, _ -> state
        end
      else
        state
      end

    :error_logger.error_msg(
      '** gen_event handler ~p crashed.~n** Was installed in ~p~n** Last event was: ~p~n' ++
        '** When handler state == ~p~n** Reason == ~p~n',
      [id, name, last_in, state, reason]
    )
  end
end

defmodule GenEvent.Stream do
  @moduledoc false
  defstruct manager: nil, timeout: :infinity
end
