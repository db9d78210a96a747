defmodule Registry do
  @moduledoc """
  A local key-value process registry, on :ets as Elixir's is. The registry process owns three
  public tables: its meta table (named after the registry, as in Elixir), the keys
  ({key, {pid, value}}: a set for unique keys, a duplicate_bag otherwise) and the pids
  ({pid, key}). Callers write the tables themselves and link to the registry process, which
  traps exits and removes a process's entries when it dies. Partitions are not needed here:
  there is one partition.
  """

  # the library is compiled before any macro can run, so no `use GenServer` here: the behaviour
  # and the callbacks `use` would have defined are written out
  @behaviour GenServer

  @kind {:"$registry", :kind}
  @keys {:"$registry", :keys}
  @pids {:"$registry", :pids}
  @owner {:"$registry", :owner}
  @listeners {:"$registry", :listeners}

  # ---- starting -----------------------------------------------------------------------------------

  def child_spec(options) do
    %{id: Keyword.get(options, :name, Registry), start: {Registry, :start_link, [options]}, type: :supervisor}
  end

  def start_link(options) when is_list(options) do
    keys = Keyword.get(options, :keys)

    unless keys in [:unique, :duplicate] do
      raise ArgumentError, "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) -> name
        {:ok, other} -> raise ArgumentError, "expected :name to be given and to be an atom, got: #{inspect(other)}"
        :error -> raise ArgumentError, "expected :name option to be present"
      end

    meta = Keyword.get(options, :meta, [])
    listeners = Keyword.get(options, :listeners, [])
    GenServer.start_link(Registry, {keys, name, meta, listeners}, name: name)
  end

  @doc false
  def start_link(keys, name, options \\ []) when keys in [:unique, :duplicate] and is_atom(name) do
    start_link([keys: keys, name: name] ++ options)
  end

  @impl true
  def init({kind, name, meta, listeners}) do
    Process.flag(:trap_exit, true)
    meta_table = :ets.new(name, [:named_table, :public, :set, read_concurrency: true])
    # as Elixir creates them (write_concurrency: their select order is the lock-by-lock walk)
    keys = :ets.new(:registry_keys, [:public, if(kind == :unique, do: :set, else: :duplicate_bag), read_concurrency: true, write_concurrency: true])
    pids = :ets.new(:registry_pids, [:public, :duplicate_bag])
    :ets.insert(meta_table, [{@kind, kind}, {@keys, keys}, {@pids, pids}, {@owner, self()}, {@listeners, listeners}])
    for {key, value} <- meta, do: :ets.insert(meta_table, {key, value})
    {:ok, {name, keys, pids}}
  end

  @impl true
  def handle_info({:EXIT, pid, _reason}, {_name, keys, pids} = state) do
    for {^pid, key} <- :ets.lookup(pids, pid) do
      :ets.match_delete(keys, {key, {pid, :_}})
    end

    :ets.delete(pids, pid)
    {:noreply, state}
  end

  def handle_info(_msg, state), do: {:noreply, state}

  @impl true
  def handle_call(_msg, _from, state), do: {:reply, :ok, state}

  @doc false
  def handle_cast(_msg, state), do: {:noreply, state}

  @doc false
  def terminate(_reason, _state), do: :ok

  @doc false
  def code_change(_old, state, _extra), do: {:ok, state}

  # ---- the registry's tables ----------------------------------------------------------------------

  defp info!(registry) do
    case :ets.whereis(registry) do
      :undefined -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
      _ -> :ok
    end

    [{@kind, kind}] = :ets.lookup(registry, @kind)
    [{@keys, keys}] = :ets.lookup(registry, @keys)
    [{@pids, pids}] = :ets.lookup(registry, @pids)
    [{@owner, owner}] = :ets.lookup(registry, @owner)
    {kind, keys, pids, owner}
  end

  defp notify(registry, event) do
    case :ets.lookup(registry, @listeners) do
      [{_, listeners}] -> for l <- listeners, do: send(l, event)
      _ -> :ok
    end
  end

  # ---- registering --------------------------------------------------------------------------------

  def register(registry, key, value) do
    {kind, keys, pids, owner} = info!(registry)
    self = self()

    result =
      case kind do
        :unique ->
          if :ets.insert_new(keys, {key, {self, value}}) do
            :ok
          else
            case :ets.lookup(keys, key) do
              [{^key, {pid, _}}] ->
                if Process.alive?(pid) do
                  {:error, {:already_registered, pid}}
                else
                  # the owner died and the registry has not cleaned up yet: take the key
                  :ets.delete(keys, key)
                  :ets.insert(keys, {key, {self, value}})
                  :ok
                end

              [] ->
                :ets.insert(keys, {key, {self, value}})
                :ok
            end
          end

        :duplicate ->
          :ets.insert(keys, {key, {self, value}})
          :ok
      end

    case result do
      :ok ->
        :ets.insert(pids, {self, key})
        Process.link(owner)
        notify(registry, {:register, registry, key, self, value})
        {:ok, owner}

      error ->
        error
    end
  end

  def unregister(registry, key) do
    {_kind, keys, pids, _owner} = info!(registry)
    self = self()
    :ets.match_delete(keys, {key, {self, :_}})
    :ets.delete_object(pids, {self, key})
    notify(registry, {:unregister, registry, key, self})
    :ok
  end

  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    {_kind, keys, pids, _owner} = info!(registry)
    self = self()
    spec = [{{key, {self, pattern}}, guards, [:"$_"]}]

    for entry <- :ets.select(keys, spec), do: :ets.delete_object(keys, entry)

    # one {pid, key} per registration that is left
    left = :ets.select_count(keys, [{{key, {self, :_}}, [], [true]}])
    :ets.delete_object(pids, {self, key})
    for _ <- List.duplicate(nil, left), do: :ets.insert(pids, {self, key})
    :ok
  end

  @doc false
  def __unregister__(registry, key, pid) do
    {_kind, keys, pids, _owner} = info!(registry)
    :ets.match_delete(keys, {key, {pid, :_}})
    :ets.delete_object(pids, {pid, key})
    :ok
  end

  def update_value(registry, key, callback) when is_function(callback, 1) do
    case info!(registry) do
      {:unique, keys, _pids, _owner} ->
        self = self()

        case :ets.lookup(keys, key) do
          [{^key, {^self, old}}] ->
            new = callback.(old)
            :ets.insert(keys, {key, {self, new}})
            {new, old}

          _ ->
            :error
        end

      {:duplicate, _, _, _} ->
        raise ArgumentError, "Registry.update_value/3 is not supported for duplicate registries"
    end
  end

  # ---- querying -----------------------------------------------------------------------------------

  def lookup(registry, key) do
    {kind, keys, _pids, _owner} = info!(registry)
    entries = for {_, {pid, value}} <- :ets.lookup(keys, key), do: {pid, value}

    case kind do
      :unique -> Enum.filter(entries, fn {pid, _} -> Process.alive?(pid) end)
      :duplicate -> entries
    end
  end

  def keys(registry, pid) when is_pid(pid) do
    {kind, _keys, pids, _owner} = info!(registry)
    keys = for {_, key} <- :ets.lookup(pids, pid), do: key

    if kind == :unique and not Process.alive?(pid), do: [], else: keys
  end

  def values(registry, key, pid) when is_pid(pid) do
    {_kind, keys, _pids, _owner} = info!(registry)
    for {_, {^pid, value}} <- :ets.lookup(keys, key), do: value
  end

  def match(registry, key, pattern, guards \\ []) when is_list(guards) do
    {_kind, keys, _pids, _owner} = info!(registry)
    # the key is a value compared with =:=, not a pattern (match(r, :_, ...) looks for the key :_)
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    :ets.select(keys, [{{:_, {:_, pattern}}, guards, [{:element, 2, :"$_"}]}])
  end

  def count_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    {_kind, keys, _pids, _owner} = info!(registry)
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    :ets.select_count(keys, [{{:_, {:_, pattern}}, guards, [true]}])
  end

  def count(registry) do
    {_kind, keys, _pids, _owner} = info!(registry)
    :ets.info(keys, :size)
  end

  # the user's spec matches {key, pid, value}; the table holds {key, {pid, value}}
  def select(registry, spec) when is_list(spec) do
    {_kind, keys, _pids, _owner} = info!(registry)
    :ets.select(keys, stored_spec(spec))
  end

  def count_select(registry, spec) when is_list(spec) do
    {_kind, keys, _pids, _owner} = info!(registry)
    :ets.select_count(keys, stored_spec(spec))
  end

  defp stored_spec(spec) do
    for {{key, pid, value}, guards, body} <- spec do
      {{key, {pid, value}}, guards, body}
    end
  end

  def dispatch(registry, key, mfa_or_fun, _opts \\ []) do
    case lookup_all(registry, key) do
      [] -> :ok
      entries -> apply_dispatch(mfa_or_fun, entries)
    end

    :ok
  end

  defp lookup_all(registry, key) do
    {_kind, keys, _pids, _owner} = info!(registry)
    for {_, {pid, value}} <- :ets.lookup(keys, key), do: {pid, value}
  end

  defp apply_dispatch({module, function, args}, entries), do: apply(module, function, [entries | args])
  defp apply_dispatch(fun, entries) when is_function(fun, 1), do: fun.(entries)

  # ---- meta ---------------------------------------------------------------------------------------

  def meta(registry, key) when is_atom(key) or is_tuple(key) do
    info!(registry)

    case :ets.lookup(registry, key) do
      [{^key, value}] -> {:ok, value}
      [] -> :error
    end
  end

  def put_meta(registry, key, value) when is_atom(key) or is_tuple(key) do
    info!(registry)
    :ets.insert(registry, {key, value})
    :ok
  end

  def delete_meta(registry, key) when is_atom(key) or is_tuple(key) do
    info!(registry)
    :ets.delete(registry, key)
    :ok
  end

  # ---- {:via, Registry, {registry, key}} ------------------------------------------------------------

  def register_name({registry, key}, pid) when pid == self(), do: register_name({registry, key, nil}, pid)

  def register_name({registry, key, value}, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def whereis_name({registry, key}), do: whereis_name({registry, key, nil})

  def whereis_name({registry, key, _value}) do
    case info!(registry) do
      {:unique, _, _, _} ->
        case lookup(registry, key) do
          [{pid, _}] -> pid
          [] -> :undefined
        end

      {:duplicate, _, _, _} ->
        raise ArgumentError, ":via is not supported for duplicate registries"
    end
  end

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  def send({registry, key}, msg) do
    case whereis_name({registry, key}) do
      :undefined -> :erlang.error(:badarg, [{registry, key}, msg])
      pid -> Kernel.send(pid, msg)
    end
  end

  def send({registry, key, _value}, msg), do: Registry.send({registry, key}, msg)
end
