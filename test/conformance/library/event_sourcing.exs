events = [
  {:opened, %{id: 1, owner: "ann"}},
  {:deposited, %{id: 1, amount: 100}},
  {:withdrew, %{id: 1, amount: 30}},
  {:opened, %{id: 2, owner: "bob"}},
  {:deposited, %{id: 2, amount: 50}},
  {:withdrew, %{id: 2, amount: 80}},
  {:closed, %{id: 1}}
]
apply_event = fn
  {:opened, %{id: id, owner: o}}, s -> Map.put(s, id, %{owner: o, balance: 0, status: :open, errors: []})
  {:deposited, %{id: id, amount: a}}, s -> update_in(s, [id, :balance], &(&1 + a))
  {:withdrew, %{id: id, amount: a}}, s ->
    if s[id].balance >= a, do: update_in(s, [id, :balance], &(&1 - a)), else: update_in(s, [id, :errors], &[{:overdraft, a} | &1])
  {:closed, %{id: id}}, s -> put_in(s, [id, :status], :closed)
end
state = Enum.reduce(events, %{}, apply_event)
for {id, acct} <- Enum.sort(state) do
  IO.puts("##{id} #{acct.owner}: #{acct.balance} (#{acct.status}) errors=#{inspect(acct.errors)}")
end
history = Enum.scan(events, %{}, apply_event) |> Enum.map(fn s -> s |> Map.values() |> Enum.map(& &1.balance) |> Enum.sum() end)
IO.inspect(history)
IO.inspect(Enum.count(events, &match?({:deposited, _}, &1)))
