defmodule Monkey do
  defstruct [:id, :items, :op, :test, :if_true, :if_false, inspected: 0]

  def parse(block) do
    [id_line, items, op, test, t, f] = String.split(block, "\n", trim: true) |> Enum.map(&String.trim/1)
    [id] = Regex.run(~r/Monkey (\d+):/, id_line, capture: :all_but_first)
    "Starting items: " <> list = items
    "Operation: new = " <> expr = op

    %Monkey{
      id: String.to_integer(id),
      items: list |> String.split(", ") |> Enum.map(&String.to_integer/1),
      op: parse_op(String.split(expr)),
      test: last_int(test),
      if_true: last_int(t),
      if_false: last_int(f)
    }
  end

  defp last_int(s), do: s |> String.split() |> List.last() |> String.to_integer()
  defp parse_op(["old", "*", "old"]), do: fn x -> x * x end
  defp parse_op(["old", "+", n]), do: fn x -> x + String.to_integer(n) end
  defp parse_op(["old", "*", n]), do: fn x -> x * String.to_integer(n) end

  def round(monkeys) do
    Enum.reduce(0..(map_size(monkeys) - 1), monkeys, fn i, ms ->
      m = ms[i]

      ms =
        Enum.reduce(m.items, ms, fn item, ms ->
          w = div(m.op.(item), 3)
          to = if rem(w, m.test) == 0, do: m.if_true, else: m.if_false
          update_in(ms[to].items, &(&1 ++ [w]))
        end)

      put_in(ms[i], %{m | items: [], inspected: m.inspected + length(m.items)})
    end)
  end
end

input = """
Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1
"""

monkeys = input |> String.split("\n\n", trim: true) |> Enum.map(&Monkey.parse/1) |> Map.new(&{&1.id, &1})
after20 = Enum.reduce(1..20, monkeys, fn _, ms -> Monkey.round(ms) end)
after20 |> Enum.map(fn {i, m} -> {i, m.inspected, m.items} end) |> IO.inspect()
after20 |> Map.values() |> Enum.map(& &1.inspected) |> Enum.sort(:desc) |> Enum.take(2) |> Enum.product() |> IO.puts()
IO.inspect(Map.delete(monkeys[0], :op))
