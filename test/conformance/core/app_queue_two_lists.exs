defmodule Q do
  def new, do: {[], []}
  def push({front, back}, x), do: {front, [x | back]}
  def pop({[], []}), do: :empty
  def pop({[], back}), do: pop({Enum.reverse(back), []})
  def pop({[h | t], back}), do: {h, {t, back}}
  def size({f, b}), do: length(f) + length(b)
  def to_list({f, b}), do: f ++ Enum.reverse(b)
end

q = Enum.reduce(1..5, Q.new(), &Q.push(&2, &1))
IO.inspect(Q.to_list(q))
{a, q} = Q.pop(q)
{b, q} = Q.pop(q)
q = Q.push(q, 6)
IO.inspect({a, b, Q.to_list(q), Q.size(q)})
drain = fn drain, q, acc ->
  case Q.pop(q) do
    :empty -> Enum.reverse(acc)
    {x, q2} -> drain.(drain, q2, [x | acc])
  end
end
IO.inspect(drain.(drain, q, []))
big = Enum.reduce(1..100_000, Q.new(), &Q.push(&2, &1))
{x, big} = Q.pop(big)
IO.inspect({x, Q.size(big)})
