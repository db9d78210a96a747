defmodule Ledger.InsufficientFunds do
  defexception [:account, :needed, :available]
  @impl true
  def message(%{account: a, needed: n, available: av}),
    do: "account #{a} needs #{n} but has #{av}"
end

defmodule Ledger.UnknownAccount do
  defexception message: "unknown account", account: nil
end

defmodule Ledger do
  defstruct accounts: %{}, history: [], tags: MapSet.new()

  def new(accounts), do: %Ledger{accounts: Map.new(accounts)}

  def transfer!(%Ledger{accounts: accs} = l, from, to, amount) when amount > 0 do
    fb = Map.get(accs, from) || raise Ledger.UnknownAccount, account: from, message: "no account #{inspect(from)}"
    _ = Map.get(accs, to) || raise Ledger.UnknownAccount, account: to
    if fb < amount, do: raise(Ledger.InsufficientFunds, account: from, needed: amount, available: fb)
    accs = accs |> Map.update!(from, &(&1 - amount)) |> Map.update!(to, &(&1 + amount))
    %{l | accounts: accs, history: [{from, to, amount} | l.history]}
  end

  def transfer(l, from, to, amount) do
    {:ok, transfer!(l, from, to, amount)}
  rescue
    e in [Ledger.InsufficientFunds, Ledger.UnknownAccount] -> {:error, Exception.message(e)}
    e in FunctionClauseError -> {:error, {:bad_amount, e.function, e.arity}}
  end

  def tag(l, tags), do: %{l | tags: MapSet.union(l.tags, MapSet.new(tags))}
end

l = Ledger.new(alice: 100, bob: 50, carol: 0)
steps = [{:alice, :bob, 30}, {:bob, :carol, 100}, {:dave, :bob, 1}, {:bob, :erin, 1}, {:carol, :alice, -5}, {:bob, :carol, 80}]

final =
  Enum.reduce(steps, l, fn {f, t, a}, acc ->
    case Ledger.transfer(acc, f, t, a) do
      {:ok, acc2} -> IO.puts("ok   #{f} -> #{t} #{a}"); acc2
      {:error, why} -> IO.puts("fail #{f} -> #{t} #{a}: #{inspect(why)}"); acc
    end
  end)

IO.inspect(final.accounts)
IO.inspect(Enum.reverse(final.history))
IO.inspect(final.accounts |> Map.values() |> Enum.sum())

tagged = final |> Ledger.tag([:audited, :q1]) |> Ledger.tag([:q1, :flagged])
IO.inspect(tagged.tags)
IO.inspect(MapSet.intersection(tagged.tags, MapSet.new([:q1, :q2])))
IO.inspect(MapSet.difference(tagged.tags, MapSet.new([:q1])))
IO.inspect(MapSet.subset?(MapSet.new([:q1]), tagged.tags))
IO.inspect(MapSet.disjoint?(MapSet.new([1]), MapSet.new([2])))
IO.inspect(MapSet.new([3, 1, 2]) |> MapSet.to_list())
IO.inspect(MapSet.filter(MapSet.new(1..10), &(rem(&1, 3) == 0)))
IO.inspect(Enum.into([1, 1, 2], MapSet.new()))

IO.inspect(List.first([]), label: "first")
IO.inspect(List.last([1, 2, 3]))
IO.inspect(List.flatten([1, [2, [3, []], 4]]))
IO.inspect(List.keyfind([a: 1, b: 2], :b, 0))
IO.inspect(List.keystore([a: 1], :b, 0, {:b, 2}))
IO.inspect(List.keydelete([a: 1, b: 2], :a, 0))
IO.inspect(List.keysort([{:b, 1}, {:a, 2}], 0))
IO.inspect(List.keyreplace([a: 1], :a, 0, {:a, 9}))
IO.inspect(List.wrap(nil))
IO.inspect(List.wrap([1]))
IO.inspect(List.zip([[1, 2], [:a, :b], ["x", "y"]]))
IO.inspect(List.insert_at([1, 2, 3], -1, :end))
IO.inspect(List.replace_at([1, 2, 3], 1, :two))
IO.inspect(List.update_at([1, 2, 3], 0, &(&1 * 10)))
IO.inspect(List.delete_at([1, 2, 3], 5))
IO.inspect(List.pop_at([1, 2, 3], 1))
IO.inspect(List.starts_with?([1, 2, 3], [1, 2]))
IO.inspect(List.myers_difference([1, 2, 3], [1, 3, 4]))
IO.inspect(List.improper?([1 | 2]))
IO.inspect(List.to_tuple([1, 2]))
IO.inspect(List.duplicate(:x, 3))
IO.inspect(List.foldr([1, 2, 3], [], &[&1 | &2]))

r =
  try do
    throw({:halt, 3})
  catch
    :throw, {:halt, n} -> {:caught, n}
  after
    IO.puts("after runs")
  end
IO.inspect(r)
IO.inspect(try do: exit(:bye), catch: (:exit, r -> {:exit, r}))
try do
  raise ArgumentError
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end
try do
  try do
    1 / Enum.count([])
  rescue
    e in ArithmeticError -> reraise RuntimeError, [message: "wrapped: " <> Exception.message(e)], __STACKTRACE__
  end
rescue
  e -> IO.inspect(e)
end
IO.inspect(Exception.format(:error, %KeyError{key: :x, term: %{}}) |> String.split("\n") |> hd())
IO.inspect(Exception.format_exit({:shutdown, :normal}))
IO.inspect(Exception.normalize(:error, :badarith, []))
IO.inspect(Exception.blame(:error, %UndefinedFunctionError{module: Foo, function: :bar, arity: 0}, []) |> elem(0) |> Exception.message())
Ledger.transfer!(l, :alice, :bob, 1000)
