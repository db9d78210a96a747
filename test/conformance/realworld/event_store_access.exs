defmodule Ledger do
  defmodule Event do
    defstruct [:seq, :type, :data, at: ~U[2024-01-01 00:00:00Z]]
  end

  defstruct accounts: %{}, events: [], seq: 0

  def apply_event(%Ledger{} = l, type, data) do
    seq = l.seq + 1
    ev = %Event{seq: seq, type: type, data: data, at: DateTime.add(~U[2024-01-01 00:00:00Z], seq * 90, :second)}
    l = %{l | seq: seq, events: [ev | l.events]}
    project(l, ev)
  end

  defp project(l, %Event{type: :opened, data: %{id: id, owner: owner}}),
    do: put_in(l.accounts[id], %{owner: owner, balance: 0, tags: [], limits: %{daily: 500}})

  defp project(l, %Event{type: :deposited, data: %{id: id, amount: a}}),
    do: update_in(l, [Access.key!(:accounts), id, :balance], &(&1 + a))

  defp project(l, %Event{type: :withdrawn, data: %{id: id, amount: a}}) do
    {old, l} = get_and_update_in(l.accounts[id].balance, &{&1, &1 - a})
    if old - a < 0, do: update_in(l.accounts[id].tags, &Enum.uniq([:overdrawn | &1])), else: l
  end

  defp project(l, %Event{type: :tagged, data: %{id: id, tag: t}}),
    do: update_in(l.accounts[id][:tags], &[t | &1])

  defp project(l, %Event{type: :limit, data: %{id: id, kind: k, value: v}}),
    do: put_in(l, [Access.key(:accounts), id, :limits, k], v)

  defp project(l, %Event{type: :closed, data: %{id: id}}) do
    {acct, l} = pop_in(l.accounts[id])
    IO.puts("closed #{id} owned by #{acct.owner} with #{acct.balance}")
    l
  end
end

defmodule Main do
  def run do
    events = [
      opened: %{id: "A1", owner: "ann"},
      opened: %{id: "B2", owner: "ben"},
      deposited: %{id: "A1", amount: 300},
      withdrawn: %{id: "A1", amount: 120},
      deposited: %{id: "B2", amount: 50},
      withdrawn: %{id: "B2", amount: 80},
      tagged: %{id: "A1", tag: :vip},
      limit: %{id: "A1", kind: :daily, value: 1000},
      limit: %{id: "B2", kind: :monthly, value: 50},
      opened: %{id: "C3", owner: "cat"},
      closed: %{id: "C3"}
    ]

    ledger = Enum.reduce(events, %Ledger{}, fn {type, data}, l -> Ledger.apply_event(l, type, data) end)
    IO.inspect(ledger.accounts, label: "accounts")
    IO.inspect(get_in(Map.values(ledger.accounts), [Access.all(), :owner]), label: "owners list")
    IO.inspect(get_in(ledger, [Access.key(:accounts), "A1", :limits, :daily]), label: "A1 daily")
    IO.inspect(get_in(ledger.events, [Access.filter(&(&1.type == :withdrawn)), Access.key(:data), :amount]), label: "withdrawals")
    IO.inspect(get_in(ledger.events, [Access.at(0), Access.key(:type)]), label: "last event")
    IO.inspect(ledger.events |> Enum.reverse() |> Enum.map(&{&1.seq, &1.type, DateTime.to_time(&1.at)}) |> Enum.take(4), label: "timeline")
    owners = for {id, %{owner: o, balance: b}} <- ledger.accounts, into: %{}, do: {o, {id, b}}
    IO.inspect(owners, label: "owners")
    bumped = update_in(Enum.to_list(ledger.accounts), [Access.all()], fn {k, v} -> {k, %{v | balance: v.balance * 2}} end)
    IO.inspect(bumped |> Enum.map(fn {k, v} -> {k, v.balance} end) |> Enum.sort(), label: "doubled")
    list = [%{n: 1, xs: [1, 2]}, %{n: 2, xs: [3]}]
    IO.inspect(update_in(list, [Access.all(), :xs, Access.at(0)], &(&1 * 100)), label: "nested update")
    IO.inspect(put_in(list, [Access.at(-1), :n], :last), label: "at -1")
    IO.inspect(pop_in(list, [Access.at(0), :xs]), label: "pop_in")
    IO.inspect(get_and_update_in(%{a: %{b: 1}}, [:a, :b], fn v -> {v, v + 1} end))
    IO.inspect(Access.fetch(%{x: 1}, :x))
    IO.inspect(get_in({1, {2, 3}}, [Access.elem(1), Access.elem(0)]), label: "elem")
    kw = [db: [host: "h", port: 5432], cache: [ttl: 60]]
    IO.inspect(put_in(kw[:db][:port], 6543), label: "kw put")
    IO.inspect(update_in(kw, [:cache, :ttl], &(&1 * 2)), label: "kw update")

    try do
      put_in(ledger, [Access.key!(:nope), "x"], 1)
    rescue
      e in KeyError -> IO.puts("KeyError: " <> Exception.message(e))
    end

    try do
      ledger.accounts["Z9"].balance
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: " <> Exception.message(e))
    end
  end
end

Main.run()
