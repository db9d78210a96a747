# :dets, a table kept in a file. As on OTP, the tables live in a server process (registered as
# :dets_server, started on the first open) and every request is a call to it; a table is
# closed when each process that opened it has closed it or exited. The objects are held in an
# ETS table of the server's and the whole table is written back to the file after each change
# (the file's format is beamlet's own: a header, then the table as an external term), so what a
# script inserted is on disk when it ends however it ends. Not in: open_file/1 (tables by
# reference), bchunk/init_table/repair, the continuation forms of match/select, and OTP's
# hash order (first/next and unsorted results follow the ETS table's order).
defmodule :dets do
  @moduledoc false
  @magic "BEAMLET-DETS\n"
  @types [:set, :bag, :duplicate_bag]

  def open_file(name, args) when is_atom(name) and is_list(args) do
    opts = parse_open_args(name, args, %{file: Atom.to_charlist(name), type: :set, keypos: 1, access: :read_write})
    if opts == :badarg, do: :erlang.error(:badarg, [name, args])
    request({:open, name, opts, self()})
  end

  def open_file(name, args), do: :erlang.error(:badarg, [name, args])

  defp parse_open_args(_name, [], opts), do: opts
  defp parse_open_args(name, [{:file, f} | rest], opts) when is_list(f) or is_binary(f) or is_atom(f), do: parse_open_args(name, rest, %{opts | file: :filename.absname(to_charlist(f))})
  defp parse_open_args(name, [{:type, t} | rest], opts) when t in @types, do: parse_open_args(name, rest, %{opts | type: t})
  defp parse_open_args(name, [{:keypos, k} | rest], opts) when is_integer(k) and k > 0, do: parse_open_args(name, rest, %{opts | keypos: k})
  defp parse_open_args(name, [{:access, a} | rest], opts) when a in [:read, :read_write], do: parse_open_args(name, rest, %{opts | access: a})
  defp parse_open_args(name, [{:auto_save, a} | rest], opts) when a == :infinity or (is_integer(a) and a >= 0), do: parse_open_args(name, rest, opts)
  defp parse_open_args(name, [{:ram_file, b} | rest], opts) when is_boolean(b), do: parse_open_args(name, rest, opts)
  defp parse_open_args(name, [{:repair, r} | rest], opts) when r in [true, false, :force], do: parse_open_args(name, rest, opts)
  defp parse_open_args(name, [{key, n} | rest], opts) when key in [:min_no_slots, :max_no_slots, :estimated_no_objects] and (is_integer(n) or n == :default), do: parse_open_args(name, rest, opts)
  defp parse_open_args(_name, _args, _opts), do: :badarg

  def close(name), do: request({:close, name, self()})

  # a request to a table: {:ok, value}, or :badarg (a table not open, arguments it refuses), which
  # each function raises itself, with its arguments, as dets.erl does
  defp table(name, req), do: request({:table, name, req})

  def insert(name, objects) when is_tuple(objects) or is_list(objects), do: with({:ok, value} <- table(name, {:insert, List.wrap(objects)}), do: value, else: (_ -> :erlang.error(:badarg, [name, objects])))
  def insert(name, other), do: :erlang.error(:badarg, [name, other])

  def insert_new(name, objects) when is_tuple(objects) or is_list(objects), do: with({:ok, value} <- table(name, {:insert_new, List.wrap(objects)}), do: value, else: (_ -> :erlang.error(:badarg, [name, objects])))
  def insert_new(name, other), do: :erlang.error(:badarg, [name, other])

  def lookup(name, key), do: with({:ok, value} <- table(name, {:lookup, key}), do: value, else: (_ -> :erlang.error(:badarg, [name, key])))
  def member(name, key), do: with({:ok, value} <- table(name, {:member, key}), do: value, else: (_ -> :erlang.error(:badarg, [name, key])))
  def delete(name, key), do: with({:ok, value} <- table(name, {:delete, key}), do: value, else: (_ -> :erlang.error(:badarg, [name, key])))
  def delete_object(name, object), do: with({:ok, value} <- table(name, {:delete_object, object}), do: value, else: (_ -> :erlang.error(:badarg, [name, object])))
  def delete_all_objects(name), do: with({:ok, value} <- table(name, :delete_all_objects), do: value, else: (_ -> :erlang.error(:badarg, [name])))
  def match(name, pattern), do: with({:ok, value} <- table(name, {:match, pattern}), do: value, else: (_ -> :erlang.error(:badarg, [name, pattern])))
  def match_object(name, pattern), do: with({:ok, value} <- table(name, {:match_object, pattern}), do: value, else: (_ -> :erlang.error(:badarg, [name, pattern])))
  def match_delete(name, pattern), do: with({:ok, value} <- table(name, {:match_delete, pattern}), do: value, else: (_ -> :erlang.error(:badarg, [name, pattern])))
  def select(name, spec), do: with({:ok, value} <- table(name, {:select, spec}), do: value, else: (_ -> :erlang.error(:badarg, [name, spec])))
  def select_delete(name, spec), do: with({:ok, value} <- table(name, {:select_delete, spec}), do: value, else: (_ -> :erlang.error(:badarg, [name, spec])))
  def update_counter(name, key, incr), do: with({:ok, value} <- table(name, {:update_counter, key, incr}), do: value, else: (_ -> :erlang.error(:badarg, [name, key, incr])))
  def first(name), do: with({:ok, value} <- table(name, :first), do: value, else: (_ -> :erlang.error(:badarg, [name])))
  def next(name, key), do: with({:ok, value} <- table(name, {:next, key}), do: value, else: (_ -> :erlang.error(:badarg, [name, key])))
  def sync(name), do: with({:ok, value} <- table(name, :sync), do: value, else: (_ -> :erlang.error(:badarg, [name])))

  def info(name) do
    case request({:info, name, :all}) do
      :undefined -> :undefined
      {:ok, info} -> info
    end
  end

  def info(name, item) when is_atom(item) do
    case request({:info, name, item}) do
      :undefined -> :undefined
      {:ok, value} -> value
    end
  end

  def all, do: request(:all)

  # funs run in the caller, over the objects the table holds when it is called
  def foldl(fun, acc, name) when is_function(fun, 2), do: :lists.foldl(fun, acc, with({:ok, value} <- table(name, :objects), do: value, else: (_ -> :erlang.error(:badarg, [fun, acc, name]))))
  def foldr(fun, acc, name) when is_function(fun, 2), do: :lists.foldr(fun, acc, with({:ok, value} <- table(name, :objects), do: value, else: (_ -> :erlang.error(:badarg, [fun, acc, name]))))

  def traverse(name, fun) when is_function(fun, 1), do: traverse_objects(with({:ok, value} <- table(name, :objects), do: value, else: (_ -> :erlang.error(:badarg, [name, fun]))), fun, [])

  defp traverse_objects([], _fun, acc), do: acc

  defp traverse_objects([object | rest], fun, acc) do
    case fun.(object) do
      :continue -> traverse_objects(rest, fun, acc)
      {:continue, value} -> traverse_objects(rest, fun, [value | acc])
      {:done, value} -> [value | acc]
      other -> other
    end
  end

  def to_ets(name, ets) do
    :ets.insert(ets, with({:ok, value} <- table(name, :objects), do: value, else: (_ -> :erlang.error(:badarg, [name, ets]))))
    ets
  end

  def from_ets(name, ets), do: with({:ok, value} <- table(name, {:replace, :ets.tab2list(ets)}), do: value, else: (_ -> :erlang.error(:badarg, [name, ets])))

  def is_dets_file(file) do
    case File.read(to_string(file)) do
      {:ok, @magic <> _} -> true
      {:ok, _} -> false
      {:error, reason} -> {:error, {:file_error, to_charlist(file), reason}}
    end
  end

  ## requests to the server

  defp request(req) do
    server = server()
    ref = Process.monitor(server)
    send(server, {:"$dets_call", self(), ref, req})

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit(reason)
    end
  end

  defp server do
    case Process.whereis(:dets_server) do
      nil ->
        pid = spawn(fn -> loop(%{}) end)

        try do
          Process.register(pid, :dets_server)
          pid
        rescue
          ArgumentError ->
            Process.exit(pid, :kill)
            server()
        end

      pid ->
        pid
    end
  end

  ## the server: tables by name, %{ets, file, type, keypos, access, owner, users: %{pid => {monitor, opens}}}

  defp loop(tables) do
    receive do
      {:"$dets_call", from, ref, req} ->
        {reply, tables} = handle(req, tables)
        send(from, {ref, reply})
        loop(tables)

      {:DOWN, _ref, :process, pid, _} ->
        tables = Enum.reduce(Map.keys(tables), tables, fn name, acc -> drop_user(acc, name, pid, true) end)
        loop(tables)
    end
  end

  defp handle({:open, name, opts, pid}, tables) do
    case tables do
      %{^name => t} ->
        if t.file == opts.file and t.type == opts.type and t.keypos == opts.keypos do
          {{:ok, name}, add_user(tables, name, pid)}
        else
          {{:error, :incompatible_arguments}, tables}
        end

      _ ->
        case load(opts) do
          {:ok, objects} ->
            ets = :ets.new(:dets, [opts.type, :protected, keypos: opts.keypos])
            :ets.insert(ets, objects)
            t = Map.merge(opts, %{ets: ets, owner: pid, users: %{}})
            # a new table is on disk from its opening on
            if opts.access == :read_write, do: save(t)
            {{:ok, name}, add_user(Map.put(tables, name, t), name, pid)}

          error ->
            {error, tables}
        end
    end
  end

  defp handle({:close, name, pid}, tables) do
    case tables do
      %{^name => %{users: %{^pid => _}}} -> {:ok, drop_user(tables, name, pid)}
      _ -> {{:error, :not_owner}, tables}
    end
  end

  defp handle({:info, name, item}, tables) do
    case tables do
      %{^name => t} -> {info_item(t, item), tables}
      _ -> {:undefined, tables}
    end
  end

  defp handle(:all, tables), do: {Map.keys(tables), tables}

  defp handle({:table, name, req}, tables) do
    case tables do
      %{^name => t} ->
        try do
          table_op(req, t)
        rescue
          ArgumentError -> {:badarg, tables}
        else
          {:read, value} ->
            {{:ok, value}, tables}

          {:write, value} ->
            if t.access == :read do
              {{:ok, {:error, {:access_mode, t.file}}}, tables}
            else
              save(t)
              {{:ok, value}, tables}
            end
        end

      _ ->
        {:badarg, tables}
    end
  end

  defp table_op({:insert, objects}, t) do
    check_objects(objects, t)
    apply_write(t, fn -> :ets.insert(t.ets, objects) end, :ok)
  end

  defp table_op({:insert_new, objects}, t) do
    check_objects(objects, t)
    if t.access == :read, do: {:write, nil}, else: {:write, :ets.insert_new(t.ets, objects)}
  end

  defp table_op({:lookup, key}, t), do: {:read, :ets.lookup(t.ets, key)}
  defp table_op({:member, key}, t), do: {:read, :ets.member(t.ets, key)}
  defp table_op({:delete, key}, t), do: apply_write(t, fn -> :ets.delete(t.ets, key) end, :ok)
  defp table_op({:delete_object, object}, t), do: apply_write(t, fn -> :ets.delete_object(t.ets, object) end, :ok)
  defp table_op(:delete_all_objects, t), do: apply_write(t, fn -> :ets.delete_all_objects(t.ets) end, :ok)
  defp table_op({:match, pattern}, t), do: {:read, :ets.match(t.ets, pattern)}
  defp table_op({:match_object, pattern}, t), do: {:read, :ets.match_object(t.ets, pattern)}
  defp table_op({:match_delete, pattern}, t), do: apply_write(t, fn -> :ets.match_delete(t.ets, pattern) end, :ok)
  defp table_op({:select, spec}, t), do: {:read, :ets.select(t.ets, spec)}

  defp table_op({:select_delete, spec}, t) do
    if t.access == :read, do: {:write, nil}, else: {:write, :ets.select_delete(t.ets, spec)}
  end

  defp table_op({:update_counter, key, incr}, t) do
    if t.type != :set, do: raise(ArgumentError)
    if t.access == :read, do: {:write, nil}, else: {:write, :ets.update_counter(t.ets, key, counter_op(incr, t.keypos))}
  end

  defp table_op(:first, t), do: {:read, :ets.first(t.ets)}

  defp table_op({:next, key}, t) do
    # (ETS tells of a key it never held with badarg; a dets table ends there)
    {:read, if(:ets.member(t.ets, key), do: :ets.next(t.ets, key), else: :"$end_of_table")}
  end

  defp table_op(:sync, _t), do: {:read, :ok}
  defp table_op(:objects, t), do: {:read, :ets.tab2list(t.ets)}

  defp table_op({:replace, objects}, t) do
    check_objects(objects, t)

    apply_write(t, fn ->
      :ets.delete_all_objects(t.ets)
      :ets.insert(t.ets, objects)
    end, :ok)
  end

  defp apply_write(%{access: :read}, _fun, _value), do: {:write, nil}

  defp apply_write(_t, fun, value) do
    fun.()
    {:write, value}
  end

  # update_counter/3's increment: a number counts the element after the key
  defp counter_op(incr, keypos) when is_integer(incr), do: {keypos + 1, incr}
  defp counter_op(op, _keypos), do: op

  defp check_objects(objects, t) do
    Enum.each(objects, fn
      o when is_tuple(o) and tuple_size(o) >= t.keypos -> :ok
      _ -> raise ArgumentError
    end)
  end

  defp info_item(t, :all) do
    {:ok, [type: t.type, keypos: t.keypos, size: :ets.info(t.ets, :size), file_size: file_size(t), filename: t.file]}
  end

  defp info_item(t, item) do
    case item do
      :type -> {:ok, t.type}
      :keypos -> {:ok, t.keypos}
      :size -> {:ok, :ets.info(t.ets, :size)}
      :no_objects -> {:ok, :ets.info(t.ets, :size)}
      :no_keys -> {:ok, length(Enum.uniq(for o <- :ets.tab2list(t.ets), do: elem(o, t.keypos - 1)))}
      :file_size -> {:ok, file_size(t)}
      :filename -> {:ok, t.file}
      :owner -> {:ok, self()}
      :access -> {:ok, t.access}
      :auto_save -> {:ok, 180_000}
      :ram_file -> {:ok, false}
      :memory -> {:ok, file_size(t)}
      :pid -> {:ok, self()}
      :safe_fixed -> {:ok, false}
      :safe_fixed_monotonic_time -> {:ok, false}
      _ -> :undefined
    end
  end

  defp file_size(t) do
    case File.stat(t.file) do
      {:ok, stat} -> stat.size
      _ -> 0
    end
  end

  # a process that opened a table n times closes it n times
  defp add_user(tables, name, pid) do
    t = tables[name]

    users =
      case t.users do
        %{^pid => {ref, n}} -> %{t.users | pid => {ref, n + 1}}
        users -> Map.put(users, pid, {Process.monitor(pid), 1})
      end

    %{tables | name => %{t | users: users}}
  end

  defp drop_user(tables, name, pid, all \\ false) do
    t = tables[name]

    case t.users do
      %{^pid => {ref, n}} when n > 1 and not all ->
        %{tables | name => %{t | users: %{t.users | pid => {ref, n - 1}}}}

      %{^pid => {ref, _}} ->
        Process.demonitor(ref, [:flush])
        users = Map.delete(t.users, pid)

        if users == %{} do
          :ets.delete(t.ets)
          Map.delete(tables, name)
        else
          %{tables | name => %{t | users: users}}
        end

      _ ->
        tables
    end
  end

  defp load(opts) do
    case File.read(opts.file) do
      {:ok, @magic <> data} ->
        {type, keypos, objects} = :erlang.binary_to_term(data)
        if type == opts.type and keypos == opts.keypos, do: {:ok, objects}, else: {:error, {:type_mismatch, opts.file}}

      {:ok, _} ->
        {:error, {:not_a_dets_file, opts.file}}

      {:error, :enoent} when opts.access == :read_write ->
        case File.write(opts.file, "") do
          :ok -> {:ok, []}
          {:error, reason} -> {:error, {:file_error, opts.file, reason}}
        end

      {:error, reason} ->
        {:error, {:file_error, opts.file, reason}}
    end
  end

  defp save(t) do
    File.write!(t.file, [@magic | :erlang.term_to_binary({t.type, t.keypos, :ets.tab2list(t.ets)})])
  end
end
