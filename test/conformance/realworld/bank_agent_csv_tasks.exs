# An Agent bank (get_and_update with pinned keys in a case), Task.async/await_many and
# async_stream, CSV parsing into maps, group_by, binary RLE recursion, with/else, reduce_while
defmodule Bank do
  def start, do: Agent.start_link(fn -> %{} end)
  def deposit(bank, who, amt) when amt > 0, do: Agent.update(bank, &Map.update(&1, who, amt, fn b -> b + amt end))
  def deposit(_bank, _who, amt), do: {:error, {:invalid_amount, amt}}
  def balance(bank, who), do: Agent.get(bank, &Map.get(&1, who, 0))

  def transfer(bank, from, to, amt) do
    Agent.get_and_update(bank, fn state ->
      case state do
        %{^from => b} when b >= amt -> {:ok, state |> Map.put(from, b - amt) |> Map.update(to, amt, &(&1 + amt))}
        %{^from => b} -> {{:error, :insufficient, b}, state}
        _ -> {{:error, :no_account}, state}
      end
    end)
  end
end

defmodule Parse do
  def csv(text) do
    [header | rows] = text |> String.trim() |> String.split("\n") |> Enum.map(&String.split(&1, ","))
    keys = Enum.map(header, &String.to_atom/1)
    Enum.map(rows, fn row -> keys |> Enum.zip(row) |> Map.new() end)
  end

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n) when n > 1, do: fib(n - 1) + fib(n - 2)

  def rle(<<>>), do: []
  def rle(<<c::utf8, rest::binary>>), do: do_rle(rest, c, 1, [])
  defp do_rle(<<c::utf8, rest::binary>>, c, n, acc), do: do_rle(rest, c, n + 1, acc)
  defp do_rle(<<c::utf8, rest::binary>>, p, n, acc), do: do_rle(rest, c, 1, [{<<p::utf8>>, n} | acc])
  defp do_rle(<<>>, p, n, acc), do: Enum.reverse([{<<p::utf8>>, n} | acc])
end

{:ok, bank} = Bank.start()
:ok = Bank.deposit(bank, :alice, 100)
IO.inspect(Bank.deposit(bank, :bob, -5))
IO.inspect(Bank.transfer(bank, :alice, :bob, 30))
IO.inspect(Bank.transfer(bank, :alice, :bob, 300))
IO.inspect(Bank.transfer(bank, :carol, :bob, 1))
IO.inspect({Bank.balance(bank, :alice), Bank.balance(bank, :bob)})

results =
  1..8
  |> Enum.map(fn n -> Task.async(fn -> {n, Parse.fib(n * 2)} end) end)
  |> Task.await_many(5000)
IO.inspect(results)
IO.inspect(Task.async_stream([3, 1, 2], fn n -> n * n end, max_concurrency: 2) |> Enum.to_list())

people = Parse.csv("""
name,age,city
ann,31,Oslo
bo,25,Rome
cy,40,Oslo
""")
by_city = Enum.group_by(people, & &1.city, & &1.name)
IO.inspect(by_city)
ages = for %{age: a} <- people, do: String.to_integer(a)
IO.inspect({Enum.sum(ages), Enum.min_max(ages), Float.round(Enum.sum(ages) / length(ages), 2)})
IO.inspect(Parse.rle("aaabccddddé"))
IO.inspect("Hello World" |> String.graphemes() |> Enum.reverse() |> Enum.join() |> String.capitalize())
{ok, errs} = Enum.split_with(["1", "x", "3", "4.5"], &match?({_, ""}, Integer.parse(&1)))
IO.inspect({ok, errs})
result = with {n, ""} <- Integer.parse("42"), {:ok, d} <- (if n > 40, do: {:ok, n - 40}, else: :error) do
  d * 2
else
  :error -> :too_small
  {_, rest} -> {:trailing, rest}
end
IO.inspect(result)
IO.inspect(Enum.reduce_while([5, 3, 8, 1], 0, fn x, acc -> if acc + x > 10, do: {:halt, acc}, else: {:cont, acc + x} end))
IO.inspect(Enum.flat_map_reduce([1, 2, 3], 0, fn x, acc -> {[x, x * 10], acc + x} end))
