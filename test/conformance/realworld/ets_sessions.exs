defmodule Sessions do
  @table :sessions

  def init do
    :ets.new(@table, [:set, :named_table, :public, read_concurrency: true])
    :ets.new(:hits, [:ordered_set, :named_table])
    :ets.new(:events, [:bag, :named_table])
  end

  def login(user, at), do: :ets.insert_new(@table, {user, at, :active})
  def logout(user), do: :ets.update_element(@table, user, {3, :closed})
  def hit(path), do: :ets.update_counter(:hits, path, {2, 1}, {path, 0})
  def event(user, e), do: :ets.insert(:events, {user, e})
  def active, do: :ets.match(@table, {:"$1", :_, :active}) |> List.flatten() |> Enum.sort()
  def since(t), do: :ets.select(@table, [{{:"$1", :"$2", :_}, [{:>=, :"$2", t}], [{{:"$1", :"$2"}}]}]) |> Enum.sort()
end

defmodule Main do
  def run do
    Sessions.init()
    IO.inspect(Sessions.login("ann", 10))
    IO.inspect(Sessions.login("bob", 20))
    IO.inspect(Sessions.login("ann", 30))
    IO.inspect(Sessions.login("cy", 40))
    IO.inspect(Sessions.logout("bob"))
    IO.inspect(Sessions.logout("nobody"))
    IO.inspect(Sessions.active())
    IO.inspect(Sessions.since(20))
    for p <- ~w(/ /about / /x / /about), do: Sessions.hit(p)
    IO.inspect(:ets.tab2list(:hits))
    IO.inspect(:ets.first(:hits))
    IO.inspect(:ets.next(:hits, "/about"))
    IO.inspect(:ets.last(:hits))
    Sessions.event("ann", :click)
    Sessions.event("ann", :scroll)
    Sessions.event("ann", :click)
    IO.inspect(:ets.lookup(:events, "ann"))
    :ets.delete_object(:events, {"ann", :click})
    IO.inspect(:ets.lookup(:events, "ann"))
    IO.inspect(:ets.lookup_element(:sessions, "cy", 2))
    IO.inspect(:ets.member(:sessions, "zed"))
    IO.inspect(:ets.info(:sessions, :size))
    IO.inspect(:ets.info(:hits, :type))
    IO.inspect(:ets.foldl(fn {_, n}, acc -> acc + n end, 0, :hits))
    IO.inspect(:ets.match_object(:sessions, {:_, :_, :closed}))
    IO.inspect(:ets.select_count(:sessions, [{{:_, :"$1", :_}, [{:<, :"$1", 35}], [true]}]))
    IO.inspect(:ets.select_delete(:sessions, [{{:_, :_, :closed}, [], [true]}]))
    IO.inspect(:ets.tab2list(:sessions) |> Enum.sort())
    ms = [{{:"$1", :"$2", :"$3"}, [{:>, :"$2", 15}], [{{:"$1", :"$3"}}]}]
    IO.inspect(:ets.select(:sessions, ms) |> Enum.sort())
    IO.inspect(:ets.take(:sessions, "ann"))
    IO.inspect(:ets.whereis(:sessions) |> is_reference())
    t = :ets.new(:anon, [:duplicate_bag])
    :ets.insert(t, [{:k, 1}, {:k, 1}, {:k, 2}])
    IO.inspect(:ets.lookup(t, :k))
    IO.inspect(:ets.delete(t))
    try do
      :ets.lookup(t, :k)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      :ets.insert(:hits, :not_a_tuple)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    owner = spawn(fn -> :ets.new(:owned, [:named_table, :public]); receive do: (:stop -> :ok) end)
    Process.sleep(20)
    IO.inspect(:ets.info(:owned, :owner) == owner)
    send(owner, :stop)
    Process.sleep(20)
    IO.inspect(:ets.whereis(:owned))
  end
end

Main.run()
