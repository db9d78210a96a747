defmodule Users do
  def init do
    :ets.new(:users, [:set, :named_table, :public, read_concurrency: true])
    :ets.new(:emails, [:ordered_set, :named_table])
    :ets.new(:events, [:duplicate_bag, :named_table])
    :ok
  end

  def signup(params) do
    with {:ok, name} <- fetch(params, "name"),
         {:ok, email} <- fetch(params, "email"),
         :ok <- validate_email(email),
         {:ok, age} <- parse_age(Map.get(params, "age", "0")),
         true <- :ets.insert_new(:emails, {String.downcase(email), name}) || {:error, :taken} do
      id = :ets.update_counter(:users, :next_id, {2, 1}, {:next_id, 0})
      :ets.insert(:users, {id, name, email, age})
      :ets.insert(:events, {id, :signup})
      {:ok, id}
    else
      {:error, reason} -> {:error, reason}
      :error -> {:error, :bad_age}
    end
  end

  defp fetch(params, key) do
    case params do
      %{^key => v} when is_binary(v) and v != "" -> {:ok, String.trim(v)}
      _ -> {:error, {:missing, key}}
    end
  end

  defp validate_email(email) do
    if email =~ ~r/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i, do: :ok, else: {:error, :bad_email}
  end

  defp parse_age(s) do
    case Integer.parse(s) do
      {n, ""} when n in 0..150 -> {:ok, n}
      _ -> :error
    end
  end
end

Users.init()
inputs = [
  %{"name" => "Ann", "email" => "ann@example.com", "age" => "34"},
  %{"name" => "Bob", "email" => "BOB@Example.org"},
  %{"name" => "", "email" => "x@y.io"},
  %{"name" => "Cy", "email" => "not-an-email"},
  %{"name" => "Dee", "email" => "ANN@example.com"},
  %{"name" => "Eve", "email" => "eve@ex.co", "age" => "abc"},
  %{"name" => "Fay", "email" => "fay@ex.co", "age" => "200"},
  %{"email" => "gil@ex.co"},
  %{"name" => "Hal", "email" => "hal@ex.co", "age" => "51"}
]

for p <- inputs, do: IO.inspect(Users.signup(p), label: p["name"] || "?")

:ets.insert(:events, [{1, :login}, {1, :login}, {3, :login}])
IO.inspect(:ets.lookup(:users, 1))
IO.inspect(:ets.lookup_element(:users, 2, 2))
IO.inspect(:ets.member(:users, 99))
IO.inspect(:ets.tab2list(:emails))
IO.inspect(:ets.first(:emails))
IO.inspect(:ets.next(:emails, :ets.first(:emails)))
IO.inspect(:ets.last(:emails))
IO.inspect(:ets.prev(:emails, :ets.last(:emails)))
IO.inspect(:ets.lookup(:events, 1))
IO.inspect(:ets.match(:users, {:"$1", :"$2", :_, :"$3"}) |> Enum.sort())
IO.inspect(:ets.match_object(:events, {:_, :login}) |> length())
ms = [{{:"$1", :"$2", :_, :"$3"}, [{:is_integer, :"$1"}, {:>, :"$3", 30}], [{{:"$2", :"$3"}}]}]
IO.inspect(:ets.select(:users, ms) |> Enum.sort())
IO.inspect(:ets.select_count(:users, [{{:"$1", :_, :_, :_}, [{:is_integer, :"$1"}], [true]}]))
IO.inspect(:ets.foldl(fn {_, name}, acc -> [name | acc] end, [], :emails) |> Enum.sort())
IO.inspect(:ets.update_counter(:users, :next_id, [{2, 0}, {2, 10}]))
IO.inspect(:ets.update_element(:users, 1, {4, 35}))
IO.inspect(:ets.lookup(:users, 1))
IO.inspect(:ets.delete_object(:events, {1, :login}))
IO.inspect(:ets.lookup(:events, 1))
IO.inspect(:ets.select_delete(:emails, [{{:_, "Bob"}, [], [true]}]))
IO.inspect(:ets.info(:emails, :size))
IO.inspect(:ets.info(:users, :type))
IO.inspect(:ets.info(:events, :keypos))
IO.inspect(:ets.take(:users, 2))
IO.inspect(:ets.whereis(:users) |> is_reference())
IO.inspect(:ets.rename(:emails, :mails))
IO.inspect(:ets.info(:emails))
IO.inspect(:ets.delete(:mails))
t = :ets.new(:anon, [:bag])
:ets.insert(t, [{:k, 1}, {:k, 1}, {:k, 2}])
IO.inspect(:ets.lookup(t, :k))
owner = spawn(fn -> :ets.new(:owned, [:named_table, :public]); receive do :stop -> :ok end end)
Process.sleep(10)
IO.inspect(:ets.info(:owned, :owner) == owner)
send(owner, :stop)
Process.sleep(10)
IO.inspect(:ets.whereis(:owned))
try do
  :ets.insert(:owned, {1})
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  :ets.lookup(:mails, 1)
rescue
  e -> IO.inspect(e)
end
