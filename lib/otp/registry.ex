defmodule Registry do
  @moduledoc """
  A local key-value process registry, on :ets as Elixir's is. As in Elixir 1.14, the registry is
  a supervisor (Registry.Supervisor, registered under the registry's name, owning the meta table
  of that name) of `:partitions` Registry.Partition processes (NAME.PIDPartitionI), each owning a
  key table ({key, {pid, value}}: a set for unique keys, a duplicate_bag otherwise) and a pid
  table ({pid, key, key_table, counter}). A unique key lives in the key table of the partition its
  hash picks, a duplicate key in that of the registering process's partition; the process links to
  its own partition, which traps exits and removes the process's entries when it dies.
  """

  # the meta table's entries (as Elixir's): -1 => {kind, partitions, key table, {partition pid,
  # pid table}, listeners}, -2 => {kind, partitions, key table}, the tables only when there is one
  # partition; with more, each partition I writes {I, key table, {pid, pid table}}
  @all_info -1
  @key_info -2

  # ---- starting -----------------------------------------------------------------------------------

  def child_spec(options) do
    %{id: Keyword.get(options, :name, Registry), start: {Registry, :start_link, [options]}, type: :supervisor}
  end

  def start_link(options) when is_list(options) do
    keys = Keyword.get(options, :keys)

    unless keys in [:unique, :duplicate] do
      __at_line__(325, raise(ArgumentError, "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"))
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) -> name
        {:ok, other} -> __at_line__(335, raise(ArgumentError, "expected :name to be an atom, got: #{inspect(other)}"))
        :error -> __at_line__(338, raise(ArgumentError, "expected :name option to be present"))
      end

    meta = Keyword.get(options, :meta, [])

    unless Keyword.keyword?(meta) do
      __at_line__(344, raise(ArgumentError, "expected :meta to be a keyword list, got: #{inspect(meta)}"))
    end

    partitions = Keyword.get(options, :partitions, 1)

    unless is_integer(partitions) and partitions >= 1 do
      __at_line__(350, raise(ArgumentError, "expected :partitions to be a positive integer, got: #{inspect(partitions)}"))
    end

    listeners = Keyword.get(options, :listeners, [])

    unless is_list(listeners) and Enum.all?(listeners, &is_atom/1) do
      __at_line__(357, raise(ArgumentError, "expected :listeners to be a list of named processes, got: #{inspect(listeners)}"))
    end

    entries = [{@all_info, {keys, partitions, nil, nil, listeners}}, {@key_info, {keys, partitions, nil}} | meta]
    Supervisor.start_link(Registry.Supervisor, {keys, name, partitions, listeners, entries}, name: name)
  end

  @doc false
  def start_link(keys, name, options \\ []) when keys in [:unique, :duplicate] and is_atom(name) do
    start_link([keys: keys, name: name] ++ options)
  end

  # ---- the registry's tables ----------------------------------------------------------------------

  # As Elixir's: a public function reads the registry's entry itself (info!/1: all of it, for
  # those that write; key_info!/1: the keys' part, for those that read), so that an unknown
  # registry's ArgumentError names these at Elixir's lines above the caller at its own
  @beamlet_frame_line 1373
  defp info!(registry) do
    try do
      :ets.lookup_element(registry, @all_info, 2)
    catch
      :error, :badarg -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
    end
  end

  @beamlet_frame_line 1382
  defp key_info!(registry) do
    try do
      :ets.lookup_element(registry, @key_info, 2)
    catch
      :error, :badarg -> raise ArgumentError, "unknown registry: #{inspect(registry)}"
    end
  end

  # the partition a unique key or a process belongs to
  defp hash(term, partitions), do: :erlang.phash2(term, partitions)

  defp key_ets!(registry, partition) do
    :ets.lookup_element(registry, partition, 2)
  end

  defp pid_ets!(registry, partition) do
    :ets.lookup_element(registry, partition, 3)
  end

  # {key table, {partition pid, pid table}} where `key` of the process `pid` goes
  defp tables(info, registry, key, pid) do
    case info do
      {_kind, 1, key_ets, pid_ets, _} ->
        {key_ets, pid_ets}

      {:unique, partitions, _, _, _} ->
        {key_ets!(registry, hash(key, partitions)), pid_ets!(registry, hash(pid, partitions))}

      {:duplicate, partitions, _, _, _} ->
        partition = hash(pid, partitions)
        {key_ets!(registry, partition), pid_ets!(registry, partition)}
    end
  end

  # the key tables a key's entries may be in (every partition's for duplicate keys)
  # (key_info: key_info!/1's {kind, partitions, key table})
  defp key_tables(key_info, registry, key) do
    case key_info do
      {_kind, 1, key_ets} -> [key_ets]
      {:unique, partitions, _} -> [key_ets!(registry, hash(key, partitions))]
      {:duplicate, partitions, _} -> for i <- 0..(partitions - 1), do: key_ets!(registry, i)
    end
  end

  defp all_key_tables(key_info, registry) do
    case key_info do
      {_kind, 1, key_ets} -> [key_ets]
      {_kind, partitions, _} -> for i <- 0..(partitions - 1), do: key_ets!(registry, i)
    end
  end

  defp notify(registry, event) do
    {_, _, _, _, listeners} = info!(registry)
    # (Kernel's: this module's own send/2 is the :via callback)
    for l <- listeners, do: Kernel.send(l, event)
  end

  # ---- registering --------------------------------------------------------------------------------

  def register(registry, key, value) do
    {kind, _, _, _, _} = info = __at_line__(989, info!(registry))
    {key_ets, {pid_server, pid_ets}} = tables(info, registry, key, self())
    self = self()
    Process.link(pid_server)

    result =
      case kind do
        :unique ->
          if :ets.insert_new(key_ets, {key, {self, value}}) do
            :ok
          else
            case :ets.lookup(key_ets, key) do
              [{^key, {pid, _}}] ->
                if Process.alive?(pid) do
                  {:error, {:already_registered, pid}}
                else
                  # the owner died and its partition has not cleaned up yet: take the key
                  :ets.delete(key_ets, key)
                  :ets.insert(key_ets, {key, {self, value}})
                  :ok
                end

              [] ->
                :ets.insert(key_ets, {key, {self, value}})
                :ok
            end
          end

        :duplicate ->
          :ets.insert(key_ets, {key, {self, value}})
          :ok
      end

    case result do
      :ok ->
        :ets.insert(pid_ets, {self, key, key_ets, 0})
        notify(registry, {:register, registry, key, self, value})
        {:ok, pid_server}

      error ->
        unlink_if_unregistered(pid_server, pid_ets, self)
        error
    end
  end

  defp unlink_if_unregistered(pid_server, pid_ets, self) do
    unless :ets.member(pid_ets, self), do: Process.unlink(pid_server)
  end

  def unregister(registry, key) do
    self = self()
    info = __at_line__(834, info!(registry))
    {key_ets, {pid_server, pid_ets}} = tables(info, registry, key, self)
    :ets.match_delete(key_ets, {key, {self, :_}})
    :ets.match_delete(pid_ets, {self, key, :_, :_})
    unlink_if_unregistered(pid_server, pid_ets, self)
    notify(registry, {:unregister, registry, key, self})
    :ok
  end

  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    self = self()
    info = __at_line__(897, info!(registry))
    {key_ets, {pid_server, pid_ets}} = tables(info, registry, key, self)
    spec = [{{key, {self, pattern}}, guards, [:"$_"]}]

    for entry <- :ets.select(key_ets, spec), do: :ets.delete_object(key_ets, entry)

    # one pid entry per registration that is left
    left = :ets.select_count(key_ets, [{{key, {self, :_}}, [], [true]}])
    :ets.match_delete(pid_ets, {self, key, :_, :_})
    for _ <- List.duplicate(nil, left), do: :ets.insert(pid_ets, {self, key, key_ets, 0})
    unlink_if_unregistered(pid_server, pid_ets, self)
    :ok
  end

  def update_value(registry, key, callback) when is_function(callback, 1) do
    case __at_line__(422, key_info!(registry)) do
      {:unique, _, _} = key_info ->
        self = self()
        [key_ets] = key_tables(key_info, registry, key)

        case :ets.lookup(key_ets, key) do
          [{^key, {^self, old}}] ->
            new = callback.(old)
            :ets.insert(key_ets, {key, {self, new}})
            {new, old}

          _ ->
            :error
        end

      {:duplicate, _, _} ->
        __at_line__(441, raise(ArgumentError, "Registry.update_value/3 is not supported for duplicate registries"))
    end
  end

  # ---- querying -----------------------------------------------------------------------------------

  def lookup(registry, key) do
    {kind, _, _} = key_info = __at_line__(580, key_info!(registry))

    entries =
      for key_ets <- key_tables(key_info, registry, key), {_, {pid, value}} <- :ets.lookup(key_ets, key), do: {pid, value}

    case kind do
      :unique -> Enum.filter(entries, fn {pid, _} -> Process.alive?(pid) end)
      :duplicate -> entries
    end
  end

  def keys(registry, pid) when is_pid(pid) do
    {kind, partitions, _, pid_ets, _} = __at_line__(702, info!(registry))
    {_, pid_ets} = pid_ets || pid_ets!(registry, hash(pid, partitions))
    # (newest first, as Elixir gathers them)
    keys = Enum.reduce(:ets.lookup(pid_ets, pid), [], fn {_, key, _, _}, acc -> [key | acc] end)

    cond do
      kind == :unique and not Process.alive?(pid) -> []
      kind == :unique -> Enum.uniq(keys)
      true -> keys
    end
  end

  def values(registry, key, pid) when is_pid(pid) do
    {kind, partitions, key_ets} = __at_line__(778, key_info!(registry))
    key_ets = key_ets || key_ets!(registry, hash(if(kind == :unique, do: key, else: pid), partitions))
    for {_, {^pid, value}} <- :ets.lookup(key_ets, key), do: value
  end

  def match(registry, key, pattern, guards \\ []) when is_list(guards) do
    # the key is a value compared with =:=, not a pattern (match(r, :_, ...) looks for the key :_)
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    spec = [{{:_, {:_, pattern}}, guards, [{:element, 2, :"$_"}]}]
    key_info = __at_line__(652, key_info!(registry))
    Enum.flat_map(key_tables(key_info, registry, key), &:ets.select(&1, spec))
  end

  def count_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    guards = [{:"=:=", {:element, 1, :"$_"}, {:const, key}} | guards]
    spec = [{{:_, {:_, pattern}}, guards, [true]}]
    key_info = __at_line__(1234, key_info!(registry))
    Enum.reduce(key_tables(key_info, registry, key), 0, &(:ets.select_count(&1, spec) + &2))
  end

  def count(registry) do
    key_info = __at_line__(1165, key_info!(registry))
    Enum.reduce(all_key_tables(key_info, registry), 0, &(:ets.info(&1, :size) + &2))
  end

  # the user's spec matches {key, pid, value}; the table holds {key, {pid, value}}
  # the spec is checked first (stored_spec/2), then the registry; with one partition its table
  # is asked from here, as in Elixir
  def select(registry, spec) when is_list(spec) do
    spec = __at_line__(1302, group_match_headers(spec, "select/2"))

    case __at_line__(1304, key_info!(registry)) do
      {_kind, 1, key_ets} -> __at_line__(1311, :ets.select(key_ets, spec))
      key_info -> Enum.flat_map(all_key_tables(key_info, registry), &__at_line__(1307, :ets.select(&1, spec)))
    end
  end

  def count_select(registry, spec) when is_list(spec) do
    spec = __at_line__(1333, group_match_headers(spec, "count_select/2"))

    case __at_line__(1335, key_info!(registry)) do
      {_kind, 1, key_ets} -> __at_line__(1343, :ets.select_count(key_ets, spec))
      key_info -> Enum.reduce(all_key_tables(key_info, registry), 0, &(__at_line__(1338, :ets.select_count(&1, spec)) + &2))
    end
  end

  # the user's spec matches {key, pid, value}; the table holds {key, {pid, value}}: any other
  # clause is an ArgumentError naming the caller (at the lines of Elixir's function of that name)
  defp group_match_headers(spec, caller) do
    __at_line__(1348, Enum.reduce(spec, [], fn
      {{key, pid, value}, guards, body}, acc -> [{{key, {pid, value}}, guards, body} | acc]
      _, _ -> __at_line__(1354, raise(ArgumentError, "invalid match specification in Registry.#{caller}: #{inspect(spec)}"))
    end))
    |> :lists.reverse()
  end

  # the callback runs once per partition holding entries of the key, the last partition first
  # (one partition: the callback called from dispatch/4 itself, at Elixir's line)
  def dispatch(registry, key, mfa_or_fun, _opts \\ []) do
    case __at_line__(468, key_info!(registry)) do
      {_kind, 1, key_ets} ->
        case for({_, {pid, value}} <- :ets.lookup(key_ets, key), do: {pid, value}) do
          [] -> :ok
          entries -> __at_line__(478, apply_dispatch(mfa_or_fun, entries))
        end

        :ok

      key_info ->
        dispatch_partitions(key_info, registry, key, mfa_or_fun)
    end
  end

  defp dispatch_partitions(key_info, registry, key, mfa_or_fun) do
    for key_ets <- Enum.reverse(key_tables(key_info, registry, key)) do
      case for({_, {pid, value}} <- :ets.lookup(key_ets, key), do: {pid, value}) do
        [] -> :ok
        entries -> apply_dispatch(mfa_or_fun, entries)
      end
    end

    :ok
  end

  defp apply_dispatch({module, function, args}, entries), do: apply(module, function, [entries | args])
  defp apply_dispatch(fun, entries) when is_function(fun, 1), do: fun.(entries)

  # ---- meta ---------------------------------------------------------------------------------------

  def meta(registry, key) when is_atom(key) or is_tuple(key) do
    try do
      :ets.lookup(registry, key)
    catch
      :error, :badarg ->
        __at_line__(1068, raise(ArgumentError, "unknown registry: #{inspect(registry)}. Either the registry name is invalid or the registry is not running, possibly because its application isn't started"))
    else
      [{^key, value}] -> {:ok, value}
      [] -> :error
    end
  end

  def put_meta(registry, key, value) when is_atom(key) or is_tuple(key) do
    try do
      :ets.insert(registry, {key, value})
      :ok
    catch
      :error, :badarg -> __at_line__(1103, raise(ArgumentError, "unknown registry: #{inspect(registry)}"))
    end
  end

  def delete_meta(registry, key) when is_atom(key) or is_tuple(key) do
    try do
      :ets.delete(registry, key)
      :ok
    catch
      :error, :badarg -> __at_line__(1131, raise(ArgumentError, "unknown registry: #{inspect(registry)}"))
    end
  end

  # ---- {:via, Registry, {registry, key}} ------------------------------------------------------------

  def register_name({registry, key}, pid) when pid == self(), do: register_name(registry, key, nil, pid)
  def register_name({registry, key, value}, pid) when pid == self(), do: register_name(registry, key, value, pid)

  defp register_name(registry, key, value, _pid) do
    case __at_line__(249, register(registry, key, value)) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def whereis_name({registry, key}), do: whereis_name(registry, key)
  def whereis_name({registry, key, _value}), do: whereis_name(registry, key)

  defp whereis_name(registry, key) do
    case __at_line__(227, key_info!(registry)) do
      {:unique, _, _} = key_info ->
        [key_ets] = key_tables(key_info, registry, key)

        case :ets.lookup(key_ets, key) do
          [{_, {pid, _}}] -> if Process.alive?(pid), do: pid, else: :undefined
          [] -> :undefined
        end

      {:duplicate, _, _} ->
        __at_line__(240, raise(ArgumentError, ":via is not supported for duplicate registries"))
    end
  end

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  def send({registry, key}, msg) do
    case __at_line__(257, lookup(registry, key)) do
      [{pid, _}] -> Kernel.send(pid, msg)
      [] -> :beamlet.error_at(259, :badarg, [{registry, key}, msg])
    end
  end

  def send({registry, key, _value}, msg), do: Registry.send({registry, key}, msg)
end

defmodule Registry.Supervisor do
  @moduledoc false
  # the registry's supervisor: it owns the meta table and starts the partitions
  @behaviour Supervisor

  def init({kind, registry, partitions, listeners, entries}) do
    ^registry = :ets.new(registry, [:set, :public, :named_table, read_concurrency: true])
    true = :ets.insert(registry, entries)

    children =
      for i <- 0..(partitions - 1) do
        key_partition = Module.concat(registry, "KeyPartition" <> Integer.to_string(i))
        pid_partition = Module.concat(registry, "PIDPartition" <> Integer.to_string(i))
        arg = {kind, registry, i, partitions, key_partition, pid_partition, listeners}
        %{id: pid_partition, start: {Registry.Partition, :start_link, [pid_partition, arg]}}
      end

    Supervisor.init(children, strategy: if(kind == :unique, do: :one_for_all, else: :one_for_one))
  end
end

defmodule Registry.Partition do
  @moduledoc false
  # a partition: owns its key and pid tables and cleans up after the processes linked to it
  # (no `use GenServer`: the library is compiled before any macro can run)
  @behaviour GenServer

  @all_info -1
  @key_info -2

  def start_link(name, arg), do: GenServer.start_link(Registry.Partition, arg, name: name)

  @impl true
  def init({kind, registry, i, partitions, key_partition, pid_partition, listeners}) do
    Process.flag(:trap_exit, true)
    # (write_concurrency: their select order is the lock-by-lock walk, as in Elixir)
    type = if kind == :unique, do: :set, else: :duplicate_bag
    key_ets = :ets.new(key_partition, [type, :public, read_concurrency: true, write_concurrency: true])
    pid_ets = :ets.new(pid_partition, [:duplicate_bag, :public, read_concurrency: true, write_concurrency: true])

    # with one partition its tables are written alongside the registry's info
    if partitions == 1 do
      :ets.insert(registry, [{@key_info, {kind, partitions, key_ets}}, {@all_info, {kind, partitions, key_ets, {self(), pid_ets}, listeners}}])
    else
      :ets.insert(registry, {i, key_ets, {self(), pid_ets}})
    end

    {:ok, pid_ets}
  end

  @impl true
  def handle_info({:EXIT, pid, _reason}, pid_ets) do
    for {^pid, key, key_ets, _} <- :ets.lookup(pid_ets, pid) do
      try do
        :ets.match_delete(key_ets, {key, {pid, :_}})
      catch
        # the key table's partition is gone (the registry is shutting down)
        :error, :badarg -> :ok
      end
    end

    :ets.delete(pid_ets, pid)
    {:noreply, pid_ets}
  end

  def handle_info(_msg, state), do: {:noreply, state}

  @impl true
  def handle_call(:sync, _from, state), do: {:reply, :ok, state}

  @doc false
  def handle_cast(_msg, state), do: {:noreply, state}

  @doc false
  def terminate(_reason, _state), do: :ok

  @doc false
  def code_change(_old, state, _extra), do: {:ok, state}
end
