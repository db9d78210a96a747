# Erlang's :queue (the functions Elixir code commonly calls): a FIFO as two lists {rear, front},
# the same representation as OTP's, so queues compare and print alike.
defmodule :queue do
  def new, do: {[], []}

  def is_queue({r, f}) when is_list(r) and is_list(f), do: true
  def is_queue(_), do: false

  def is_empty({[], []}), do: true
  def is_empty({r, f}) when is_list(r) and is_list(f), do: false

  def len({r, f}) when is_list(r) and is_list(f), do: length(r) + length(f)

  # in/2 and in_r/2 are BIFs (vm/bifs/beamlet_internal.ts): `def in(...)` does not parse in beamlet yet

  def out({[], []} = q), do: {:empty, q}
  def out({[v], []}), do: {{:value, v}, {[], []}}
  def out({r, []}), do: out({[], :lists.reverse(r)})
  def out({r, [v]}), do: {{:value, v}, rebalance_front(r)}
  def out({r, [v | f]}), do: {{:value, v}, {r, f}}

  def out_r({[], []} = q), do: {:empty, q}
  def out_r({[], [v]}), do: {{:value, v}, {[], []}}
  def out_r({[], f}), do: out_r({:lists.reverse(f), []})
  def out_r({[v], f}), do: {{:value, v}, rebalance_rear(f)}
  def out_r({[v | r], f}), do: {{:value, v}, {r, f}}

  def to_list({r, f}) when is_list(r) and is_list(f), do: f ++ :lists.reverse(r)

  def from_list(l) when is_list(l), do: {:lists.reverse(l), []} |> normalize()

  def peek({[], []}), do: :empty
  def peek(q), do: {:value, hd(to_list(q))}

  def peek_r({[], []}), do: :empty
  def peek_r(q), do: {:value, :lists.last(to_list(q))}

  def member(x, q), do: :lists.member(x, to_list(q))

  def reverse({r, f}), do: {f, r}

  def join(q1, q2), do: from_list(to_list(q1) ++ to_list(q2))

  def split(n, q) do
    {a, b} = :lists.split(n, to_list(q))
    {from_list(a), from_list(b)}
  end

  def filter(fun, q), do: from_list(Enum.flat_map(to_list(q), fn x ->
    case fun.(x) do
      true -> [x]
      false -> []
      l when is_list(l) -> l
    end
  end))

  def drop(q) do
    case out(q) do
      {{:value, _}, q2} -> q2
      {:empty, _} -> :erlang.error(:empty)
    end
  end

  def get(q) do
    case peek(q) do
      {:value, v} -> v
      :empty -> :erlang.error(:empty)
    end
  end

  defp normalize({r, []}) when length(r) > 1 do
    {a, b} = Enum.split(r, div(length(r), 2))
    {a, :lists.reverse(b)}
  end
  defp normalize(q), do: q

  defp rebalance_front([]), do: {[], []}
  defp rebalance_front(r), do: normalize({r, []})
  defp rebalance_rear([]), do: {[], []}
  defp rebalance_rear(f), do: {:lists.reverse(f), []} |> normalize()
end
