# :ets access rights between processes, named tables, owner death, heir and give_away
defmodule Main do
  def run do
    parent = self()
    pub = :ets.new(:pub, [:public])
    prot = :ets.new(:prot, [:protected])
    priv = :ets.new(:priv, [:private])
    :ets.insert(pub, {:k, 1})
    :ets.insert(prot, {:k, 1})
    :ets.insert(priv, {:k, 1})

    spawn(fn ->
      results =
        for {name, t} <- [pub: pub, prot: prot, priv: priv] do
          read = try do
            :ets.lookup(t, :k)
          rescue
            ArgumentError -> :badarg
          end

          write = try do
            :ets.insert(t, {:w, 2})
          rescue
            ArgumentError -> :badarg
          end

          {name, read, write}
        end

      send(parent, {:results, results})
    end)

    receive do
      {:results, r} -> IO.inspect(r)
    end

    IO.inspect(:ets.info(prot, :protection))
    :ets.new(:registry_like, [:named_table, :public, read_concurrency: true])
    :ets.insert(:registry_like, {:answer, 42})
    IO.inspect(:ets.lookup(:registry_like, :answer))
    IO.inspect(:ets.whereis(:registry_like) |> is_reference())
    IO.inspect(:ets.info(:registry_like, :named_table))
    IO.inspect(:ets.rename(:registry_like, :renamed))
    IO.inspect(:ets.lookup(:renamed, :answer))
    IO.inspect(:ets.whereis(:registry_like))

    # the owner's death deletes the table
    {pid, ref} = spawn_monitor(fn ->
      t = :ets.new(:short_lived, [:named_table, :public])
      :ets.insert(t, {:x, 1})
      send(parent, :created)
      receive do: (:stop -> :ok)
    end)
    receive do: (:created -> :ok)
    IO.inspect(:ets.lookup(:short_lived, :x))
    send(pid, :stop)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    IO.inspect(:ets.whereis(:short_lived))
    IO.inspect(:ets.info(:short_lived))

    # an heir inherits the table
    {pid2, ref2} = spawn_monitor(fn ->
      :ets.new(:inherited, [:named_table, {:heir, parent, :my_data}])
      :ets.insert(:inherited, {:y, 2})
      send(parent, :created)
      receive do: (:stop -> :ok)
    end)
    receive do: (:created -> :ok)
    send(pid2, :stop)
    receive do: ({:DOWN, ^ref2, _, _, _} -> :ok)
    receive do
      {:"ETS-TRANSFER", tab, from, data} -> IO.inspect({tab, from == pid2, data})
    after 2000 -> IO.puts("no transfer")
    end
    IO.inspect(:ets.info(:inherited, :owner) == self())
    IO.inspect(:ets.lookup(:inherited, :y))

    # give_away
    t = :ets.new(:given, [])
    child = spawn(fn ->
      receive do
        {:"ETS-TRANSFER", tab, _from, data} ->
          send(parent, {:got, :ets.lookup(tab, :z), data, :ets.info(tab, :owner) == self()})
      end
    end)
    :ets.insert(t, {:z, 3})
    IO.inspect(:ets.give_away(t, child, :gift))
    receive do
      {:got, rows, data, owner?} -> IO.inspect({rows, data, owner?})
    end
    try do
      :ets.insert(t, {:again, 1})
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
