# Erlang's :queue (OTP 25): a FIFO as two lists {rear, front}, the rear reversed, kept in the
# shape OTP's functions leave it (which side holds what after each operation), so queues compare,
# print and pattern-match alike. Bad queues fail with :badarg and empty ones with :empty as on OTP.
defmodule :queue do
  # (a bad argument fails at the line of OTP's queue.erl that raises it: @file and the lines)
  # in/2 and in_r/2 are BIFs (vm/bifs/beamlet_internal.ts): `def in(...)` does not parse in beamlet yet
  defguardp is_q(r, f) when is_list(r) and is_list(f)

  def new, do: {[], []}

  def is_queue({r, f}) when is_q(r, f), do: true
  def is_queue(_), do: false

  def is_empty({[], []}), do: true
  def is_empty({r, f}) when is_q(r, f), do: false
  @file "queue.erl"
  @beamlet_frame_line 79
  def is_empty(q), do: :erlang.error(:badarg, [q])

  def len({r, f}) when is_q(r, f), do: length(r) + length(f)
  @file "queue.erl"
  @beamlet_frame_line 86
  def len(q), do: :erlang.error(:badarg, [q])

  def to_list({r, f}) when is_q(r, f), do: f ++ :lists.reverse(r, [])
  @file "queue.erl"
  @beamlet_frame_line 93
  def to_list(q), do: :erlang.error(:badarg, [q])

  def from_list(l) when is_list(l), do: front_to_rear(l)
  @file "queue.erl"
  @beamlet_frame_line 102
  def from_list(l), do: :erlang.error(:badarg, [l])

  def member(x, {r, f}) when is_q(r, f), do: :lists.member(x, r) or :lists.member(x, f)
  @file "queue.erl"
  @beamlet_frame_line 111
  def member(x, q), do: :erlang.error(:badarg, [x, q])

  # ---- taking from either end -------------------------------------------------------------------

  def out({[], []} = q), do: {:empty, q}
  def out({[v], []}), do: {{:value, v}, {[], []}}

  def out({[y | r], []}) do
    [v | f] = :lists.reverse(r, [])
    {{:value, v}, {[y], f}}
  end

  def out({r, [v]}) when is_list(r), do: {{:value, v}, rear_to_front(r)}
  def out({r, [v | f]}) when is_list(r), do: {{:value, v}, {r, f}}
  @file "queue.erl"
  @beamlet_frame_line 158
  def out(q), do: :erlang.error(:badarg, [q])

  def out_r({[], []} = q), do: {:empty, q}
  def out_r({[], [v]}), do: {{:value, v}, {[], []}}

  def out_r({[], [y | f]}) do
    [v | r] = :lists.reverse(f, [])
    {{:value, v}, {r, [y]}}
  end

  def out_r({[v], f}) when is_list(f), do: {{:value, v}, front_to_rear(f)}
  def out_r({[v | r], f}) when is_list(f), do: {{:value, v}, {r, f}}
  @file "queue.erl"
  @beamlet_frame_line 178
  def out_r(q), do: :erlang.error(:badarg, [q])

  @file "queue.erl"
  @beamlet_frame_line 188
  def get({[], []} = q), do: :erlang.error(:empty, [q])
  def get({r, f}) when is_q(r, f), do: first(r, f)
  @file "queue.erl"
  @beamlet_frame_line 192
  def get(q), do: :erlang.error(:badarg, [q])

  @file "queue.erl"
  @beamlet_frame_line 207
  def get_r({[], []} = q), do: :erlang.error(:empty, [q])
  def get_r({[h | _], f}) when is_list(f), do: h
  def get_r({[], [h]}), do: h
  def get_r({[], [_ | f]}), do: List.last(f)
  @file "queue.erl"
  @beamlet_frame_line 215
  def get_r(q), do: :erlang.error(:badarg, [q])

  defp first(_r, [h | _]), do: h
  defp first([h], []), do: h
  defp first([_ | r], []), do: List.last(r)

  def peek({[], []}), do: :empty
  def peek({r, [h | _]}) when is_list(r), do: {:value, h}
  def peek({[h], []}), do: {:value, h}
  def peek({[_ | r], []}), do: {:value, List.last(r)}
  @file "queue.erl"
  @beamlet_frame_line 230
  def peek(q), do: :erlang.error(:badarg, [q])

  def peek_r({[], []}), do: :empty
  def peek_r({[h | _], f}) when is_list(f), do: {:value, h}
  def peek_r({[], [h]}), do: {:value, h}
  def peek_r({[], [_ | f]}), do: {:value, List.last(f)}
  @file "queue.erl"
  @beamlet_frame_line 245
  def peek_r(q), do: :erlang.error(:badarg, [q])

  @file "queue.erl"
  @beamlet_frame_line 252
  def drop({[], []} = q), do: :erlang.error(:empty, [q])
  def drop({[_], []}), do: {[], []}

  def drop({[y | r], []}) do
    [_ | f] = :lists.reverse(r, [])
    {[y], f}
  end

  def drop({r, [_]}) when is_list(r), do: rear_to_front(r)
  def drop({r, [_ | f]}) when is_list(r), do: {r, f}
  @file "queue.erl"
  @beamlet_frame_line 263
  def drop(q), do: :erlang.error(:badarg, [q])

  @file "queue.erl"
  @beamlet_frame_line 270
  def drop_r({[], []} = q), do: :erlang.error(:empty, [q])
  def drop_r({[], [_]}), do: {[], []}

  def drop_r({[], [y | f]}) do
    [_ | r] = :lists.reverse(f, [])
    {r, [y]}
  end

  def drop_r({[_], f}) when is_list(f), do: front_to_rear(f)
  def drop_r({[_ | r], f}) when is_list(f), do: {r, f}
  @file "queue.erl"
  @beamlet_frame_line 281
  def drop_r(q), do: :erlang.error(:badarg, [q])

  # ---- whole queues -----------------------------------------------------------------------------

  def reverse({r, f}) when is_q(r, f), do: {f, r}
  @file "queue.erl"
  @beamlet_frame_line 293
  def reverse(q), do: :erlang.error(:badarg, [q])

  def join({r, f} = q, {[], []}) when is_q(r, f), do: q
  def join({[], []}, {r, f} = q) when is_q(r, f), do: q
  def join({r1, f1}, {r2, f2}) when is_q(r1, f1) and is_q(r2, f2), do: {r2, f1 ++ :lists.reverse(r1, f2)}
  @file "queue.erl"
  @beamlet_frame_line 307
  def join(q1, q2), do: :erlang.error(:badarg, [q1, q2])

  def split(0, {r, f} = q) when is_q(r, f), do: {{[], []}, q}

  def split(n, {r, f} = q) when is_integer(n) and n >= 1 and is_q(r, f) do
    front = length(f)

    cond do
      n < front ->
        [x | f1] = f
        move_front(n - 1, r, f1, [], [x])

      n > front ->
        m = length(r) - (n - front)

        cond do
          m < 0 -> __at_line__(326, :erlang.error(:badarg, [n, q]))
          m > 0 -> move_rear(m - 1, tl(r), f, [hd(r)], [])
          true -> {q, {[], []}}
        end

      true ->
        {front_to_rear(f), rear_to_front(r)}
    end
  end

  @file "queue.erl"
  @beamlet_frame_line 337
  def split(n, q), do: :erlang.error(:badarg, [n, q])

  # n more items of the first queue's front go to the first part's rear
  defp move_front(0, r1, f1, r2, f2), do: {{r2, f2}, {r1, f1}}
  defp move_front(n, r1, [x | f1], r2, f2), do: move_front(n - 1, r1, f1, [x | r2], f2)

  # n more items of the rear go to the second part's front
  defp move_rear(0, r1, f1, r2, f2), do: {{r1, f1}, {r2, f2}}
  defp move_rear(n, [x | r1], f1, r2, f2), do: move_rear(n - 1, r1, f1, r2, [x | f2])

  # the front is filtered from its head, the rear from its last item (the queue's middle) back to
  # its head (the queue's end), as OTP's filter_f/filter_r (body-recursive, in their frames)
  @file "queue.erl"
  def filter(fun, {r, f}) when is_function(fun, 1) and is_q(r, f) do
    front = __at_line__(358, filter_f(fun, f))
    rebuilt(__at_line__(359, filter_r(fun, r)), front)
  end

  @file "queue.erl"
  @beamlet_frame_line 368
  def filter(fun, q), do: :erlang.error(:badarg, [fun, q])

  # (a result that is no boolean or list is the case's case_clause, at the case's line)
  @file "queue.erl"
  defp filter_f(_fun, []), do: []

  defp filter_f(fun, [x | f]) do
    case __at_line__(374, fun.(x)) do
      true -> [x | __at_line__(376, filter_f(fun, f))]
      [y] -> [y | __at_line__(378, filter_f(fun, f))]
      false -> filter_f(fun, f)
      [] -> filter_f(fun, f)
      l when is_list(l) -> l ++ __at_line__(384, filter_f(fun, f))
      other -> __at_line__(374, :erlang.error({:case_clause, other}))
    end
  end

  @file "queue.erl"
  defp filter_r(_fun, []), do: []

  defp filter_r(fun, [x | r0]) do
    r = __at_line__(392, filter_r(fun, r0))

    case __at_line__(393, fun.(x)) do
      true -> [x | r]
      [y] -> [y | r]
      false -> r
      [] -> r
      l when is_list(l) -> :lists.reverse(l, r)
      other -> __at_line__(393, :erlang.error({:case_clause, other}))
    end
  end

  @file "queue.erl"
  def filtermap(fun, {r, f}) when is_function(fun, 1) and is_q(r, f) do
    front = __at_line__(416, :lists.filtermap(fun, f))
    rebuilt(__at_line__(417, filtermap_r(fun, r)), front)
  end

  @file "queue.erl"
  @beamlet_frame_line 426
  def filtermap(fun, q), do: :erlang.error(:badarg, [fun, q])

  @file "queue.erl"
  defp filtermap_r(_fun, []), do: []

  defp filtermap_r(fun, [x | r0]) do
    r = __at_line__(432, filtermap_r(fun, r0))

    case __at_line__(433, fun.(x)) do
      true -> [x | r]
      {true, y} -> [y | r]
      false -> r
      other -> __at_line__(433, :erlang.error({:case_clause, other}))
    end
  end

  defp rebuilt([], f), do: front_to_rear(f)
  defp rebuilt(r, []), do: rear_to_front(r)
  defp rebuilt(r, f), do: {r, f}

  def fold(fun, acc, {r, f}) when is_function(fun, 2) and is_q(r, f), do: :lists.foldr(fun, :lists.foldl(fun, acc, f), r)
  @file "queue.erl"
  @beamlet_frame_line 455
  def fold(fun, acc, q), do: :erlang.error(:badarg, [fun, acc, q])

  def any(pred, {r, f}) when is_function(pred, 1) and is_q(r, f), do: :lists.any(pred, f) or :lists.any(pred, r)
  @file "queue.erl"
  @beamlet_frame_line 466
  def any(pred, q), do: :erlang.error(:badarg, [pred, q])

  def all(pred, {r, f}) when is_function(pred, 1) and is_q(r, f), do: :lists.all(pred, f) and :lists.all(pred, r)
  @file "queue.erl"
  @beamlet_frame_line 477
  def all(pred, q), do: :erlang.error(:badarg, [pred, q])

  def delete(item, {r, f} = q) when is_q(r, f), do: delete_with(&(&1 === item), q)
  @file "queue.erl"
  @beamlet_frame_line 505
  def delete(item, q), do: :erlang.error(:badarg, [item, q])

  def delete_r(item, {r, f}) when is_q(r, f) do
    {f1, r1} = delete(item, {f, r})
    {r1, f1}
  end

  @file "queue.erl"
  @beamlet_frame_line 520
  def delete_r(item, q), do: :erlang.error(:badarg, [item, q])

  # the first matching item goes; a side left empty takes half of the other
  def delete_with(pred, {r, f} = q) when is_function(pred, 1) and is_q(r, f) do
    case without_first(f, pred) do
      nil ->
        case without_last(r, pred) do
          nil -> q
          [] -> front_to_rear(f)
          r1 -> {r1, f}
        end

      [] ->
        rear_to_front(r)

      f1 ->
        {r, f1}
    end
  end

  @file "queue.erl"
  @beamlet_frame_line 570
  def delete_with(pred, q), do: :erlang.error(:badarg, [pred, q])

  def delete_with_r(pred, {r, f}) when is_function(pred, 1) and is_q(r, f) do
    {f1, r1} = delete_with(pred, {f, r})
    {r1, f1}
  end

  @file "queue.erl"
  @beamlet_frame_line 585
  def delete_with_r(pred, q), do: :erlang.error(:badarg, [pred, q])

  # the list without its first item matching (nil when none does), asking from the head on
  defp without_first([x | rest], pred) do
    if pred.(x) do
      rest
    else
      case without_first(rest, pred) do
        nil -> nil
        kept -> [x | kept]
      end
    end
  end

  defp without_first([], _pred), do: nil

  # the list without its last item matching, asking from the tail back (a rear list's last item
  # comes first in the queue)
  defp without_last([x | rest], pred) do
    case without_last(rest, pred) do
      nil -> if pred.(x), do: rest, else: nil
      kept -> [x | kept]
    end
  end

  defp without_last([], _pred), do: nil

  # ---- the Okasaki names ------------------------------------------------------------------------

  def cons(x, q), do: :queue.in_r(x, q)

  @file "queue.erl"
  @beamlet_frame_line 662
  def head({[], []} = q), do: :erlang.error(:empty, [q])
  def head({r, f}) when is_q(r, f), do: first(r, f)
  @file "queue.erl"
  @beamlet_frame_line 666
  def head(q), do: :erlang.error(:badarg, [q])

  def tail(q), do: drop(q)
  def snoc(q, x), do: :queue.in(x, q)
  def daeh(q), do: get_r(q)
  def last(q), do: get_r(q)
  def liat(q), do: drop_r(q)
  def lait(q), do: drop_r(q)
  def init(q), do: drop_r(q)

  # ---- rebalancing: half of one side moves over when the other runs out --------------------------

  defp rear_to_front([]), do: {[], []}
  defp rear_to_front([_] = r), do: {[], r}
  defp rear_to_front([x, y]), do: {[x], [y]}

  defp rear_to_front(r) do
    {keep, move} = :lists.split(div(length(r), 2), r)
    {keep, :lists.reverse(move, [])}
  end

  defp front_to_rear([]), do: {[], []}
  defp front_to_rear([_] = f), do: {f, []}
  defp front_to_rear([x, y]), do: {[y], [x]}

  defp front_to_rear(f) do
    {keep, move} = :lists.split(div(length(f), 2), f)
    {:lists.reverse(move, []), keep}
  end
end
