defmodule Stream do
  @moduledoc """
  Functions for creating and composing lazy streams. A stream is a %Stream{} whose `enum` field is
  a reduce function (acc, fun) following the Enumerable protocol; each operation wraps the
  previous one, so nothing runs until an Enum function (or Stream.run) consumes it.
  """

  defstruct enum: nil, funs: [], accs: [], done: nil

  # (a source is its reduce function itself, as in Elixir: a 2-arity fun is an enumerable, and
  # inspects as the function of the Stream function that made it)
  defp lazy(reduce_fun), do: reduce_fun

  # --------------------------------------------------------------- stages

  # A stage is a reducer transformer (funs, newest first) wrapping the consumer's fun when the
  # stream is reduced, as in Elixir (so streams inspect and fail with Elixir's frames). A stage
  # with state adds its initial state to accs: while reducing, the accumulator is the list
  # [consumer_acc | states], oldest stage's state first; each stage takes its own state out
  # before calling the next one. done (one per stream) emits the last elements at the end.
  defp lazy(%Stream{done: nil, funs: funs} = stream, fun), do: %{stream | funs: [fun | funs]}
  defp lazy(enum, fun), do: %Stream{enum: enum, funs: [fun]}

  defp lazy(%Stream{done: nil, funs: funs, accs: accs} = stream, acc, fun),
    do: %{stream | funs: [fun | funs], accs: [acc | accs]}

  defp lazy(enum, acc, fun), do: %Stream{enum: enum, funs: [fun], accs: [acc]}

  defp lazy(%Stream{done: nil, funs: funs, accs: accs} = stream, acc, fun, done),
    do: %{stream | funs: [fun | funs], accs: [acc | accs], done: done}

  defp lazy(enum, acc, fun, done), do: %Stream{enum: enum, funs: [fun], accs: [acc], done: done}

  defp compose(enum, transformer), do: lazy(enum, transformer)

  # (lines: Elixir's, where the transformer calls `fun`)
  @beamlet_def_line 611
  @beamlet_frame_line 612
  def map(enum, fun) when is_function(fun, 1) do
    compose(enum, fn f -> fn x, a -> f.(fun.(x), a) end end)
  end

  @beamlet_def_line 521
  @beamlet_frame_line 522
  def filter(enum, fun) when is_function(fun, 1) do
    compose(enum, fn f -> fn x, a -> if fun.(x), do: f.(x, a), else: {:cont, a} end end)
  end

  @beamlet_def_line 664
  @beamlet_frame_line 665
  def reject(enum, fun) when is_function(fun, 1) do
    compose(enum, fn f -> fn x, a -> if fun.(x), do: {:cont, a}, else: f.(x, a) end end)
  end

  def each(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn f ->
      fn x, a ->
        __at_line__(481, fun.(x))
        __at_line__(482, f.(x, a))
      end
    end)
  end

  def map_every(enum, nth, fun) when is_integer(nth) and nth >= 0, do: map_every_after_guards(enum, nth, fun)

  defp map_every_after_guards(enum, 1, fun), do: map(enum, fun)
  defp map_every_after_guards(enum, 0, _fun), do: %Stream{enum: enum}
  defp map_every_after_guards([], _nth, _fun), do: %Stream{enum: []}

  # (the every-nth stages' state counts the elements since the last one they picked, from nth)
  @beamlet_frame_line 649
  defp map_every_after_guards(enum, nth, fun) do
    lazy(enum, nth, fn f ->
      fn
        x, [head, ^nth | tail] ->
          {reason, [head | tail]} = f.(fun.(x), [head | tail])
          {reason, [head, 1 | tail]}

        x, [head, count | tail] ->
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, count + 1 | tail]}
      end
    end)
  end

  def take(enum, count) when is_integer(count), do: take_after_guards(enum, count)

  defp take_after_guards(_enum, 0), do: %Stream{enum: []}
  defp take_after_guards([], _count), do: %Stream{enum: []}

  # the stage halts once it has passed on its count (a count left of 0: a resumed stream)
  @beamlet_frame_line 763
  defp take_after_guards(enum, count) when count > 0 do
    lazy(enum, count, fn f ->
      fn
        _x, [_head, 0 | _tail] = all ->
          {:halt, all}

        x, [head, 1 | tail] ->
          {_, [head | tail]} = f.(x, [head | tail])
          {:halt, [head, 0 | tail]}

        x, [head, n | tail] ->
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, n - 1 | tail]}
      end
    end)
  end

  @beamlet_frame_line 767
  defp take_after_guards(enum, count) when count < 0 do
    fn acc, f -> Enumerable.reduce(Enum.take(enum, count), acc, f) end
  end

  @beamlet_frame_line 818
  def take_while(enum, fun) when is_function(fun, 1) do
    lazy(enum, fn f -> fn x, a -> if fun.(x), do: f.(x, a), else: {:halt, a} end end)
  end

  def take_every(enum, nth) when is_integer(nth) and nth >= 0, do: take_every_after_guards(enum, nth)

  defp take_every_after_guards(_enum, 0), do: %Stream{enum: []}
  defp take_every_after_guards([], _nth), do: %Stream{enum: []}

  @beamlet_frame_line 802
  defp take_every_after_guards(enum, nth) do
    lazy(enum, nth, fn f ->
      fn
        x, [head, ^nth | tail] ->
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, 1 | tail]}

        _x, [head, count | tail] ->
          {:cont, [head, count + 1 | tail]}
      end
    end)
  end

  @beamlet_frame_line 347
  def drop(enum, count) when is_integer(count) and count >= 0 do
    lazy(enum, count, fn f ->
      fn
        _x, [head, n | tail] when n > 0 ->
          {:cont, [head, n - 1 | tail]}

        x, [head, n | tail] ->
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, n | tail]}
      end
    end)
  end

  # the last -count elements wait in a queue: each new one lets the oldest through once it is full
  @beamlet_frame_line 359
  def drop(enum, count) when is_integer(count) and count < 0 do
    kept = -count

    lazy(enum, {0, :queue.new()}, fn f ->
      fn
        x, [head, {waiting, queue} | tail] when waiting < kept ->
          {:cont, [head, {waiting + 1, :queue.in(x, queue)} | tail]}

        x, [head, {waiting, queue} | tail] ->
          {{:value, oldest}, queue} = :queue.out(queue)
          {reason, [head | tail]} = f.(oldest, [head | tail])
          {reason, [head, {waiting, :queue.in(x, queue)} | tail]}
      end
    end)
  end

  def drop_every(enum, 0), do: %Stream{enum: enum}
  def drop_every([], _nth), do: %Stream{enum: []}

  @beamlet_frame_line 404
  def drop_every(enum, nth) when is_integer(nth) and nth > 0 do
    lazy(enum, nth, fn f ->
      fn
        _x, [head, ^nth | tail] ->
          {:cont, [head, 1 | tail]}

        x, [head, count | tail] ->
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, count + 1 | tail]}
      end
    end)
  end

  # the state: still dropping
  @beamlet_def_line 419
  @beamlet_frame_line 420
  def drop_while(enum, fun) when is_function(fun, 1) do
    lazy(enum, true, fn f ->
      fn x, [head, dropping | tail] = all ->
        if dropping and fun.(x) do
          {:cont, all}
        else
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, false | tail]}
        end
      end
    end)
  end

  def with_index(enum, offset \\ 0)

  @beamlet_frame_line 1158
  def with_index(enum, offset) when is_integer(offset) do
    lazy(enum, offset, fn f ->
      fn x, [head, i | tail] ->
        {reason, [head | tail]} = f.({x, i}, [head | tail])
        {reason, [head, i + 1 | tail]}
      end
    end)
  end

  def dedup(enum), do: dedup_by(enum, fn x -> x end)

  @beamlet_frame_line 323
  def dedup_by(enum, fun) when is_function(fun, 1) do
    lazy(enum, nil, fn f ->
      fn x, [head, prev | tail] = all ->
        key = fun.(x)

        case prev do
          {:value, ^key} ->
            {:cont, all}

          _ ->
            {reason, [head | tail]} = f.(x, [head | tail])
            {reason, [head, {:value, key} | tail]}
        end
      end
    end)
  end

  def uniq(enum), do: uniq_by(enum, fn x -> x end)

  # the state: the keys seen, a map
  @beamlet_frame_line 1136
  def uniq_by(enum, fun) when is_function(fun, 1) do
    lazy(enum, %{}, fn f ->
      fn x, [head, seen | tail] = all ->
        key = fun.(x)

        if :maps.is_key(key, seen) do
          {:cont, all}
        else
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, :maps.put(key, true, seen) | tail]}
        end
      end
    end)
  end

  # the state: :first, then {:ok, last value}
  @beamlet_def_line 707
  @beamlet_frame_line 708
  def scan(enum, fun) when is_function(fun, 2) do
    lazy(enum, :first, fn f ->
      fn
        x, [head, :first | tail] ->
          {reason, [head | tail]} = f.(x, [head | tail])
          {reason, [head, {:ok, x} | tail]}

        x, [head, {:ok, last} | tail] ->
          value = fun.(x, last)
          {reason, [head | tail]} = f.(value, [head | tail])
          {reason, [head, {:ok, value} | tail]}
      end
    end)
  end

  @beamlet_def_line 724
  @beamlet_frame_line 725
  def scan(enum, acc, fun) when is_function(fun, 2) do
    lazy(enum, acc, fn f ->
      fn x, [head, last | tail] ->
        value = fun.(x, last)
        {reason, [head | tail]} = f.(value, [head | tail])
        {reason, [head, value | tail]}
      end
    end)
  end

  def chunk_every(enum, count), do: chunk_every(enum, count, count, [])

  @beamlet_frame_line 198
  def chunk_every(enum, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    Stream.Reducers.chunk_every(&chunk_while/4, enum, count, step, leftover)
  end

  @beamlet_def_line 214
  def chunk_by(enum, fun) when is_function(fun, 1), do: Stream.Reducers.chunk_by(&chunk_while/4, enum, fun)

  # the stage's state is [acc | after_fun]; after_fun emits the last chunk when the enumerable
  # ends (a stage that halted the stream replaces it with one that emits nothing)
  def chunk_while(enum, acc, chunk_fun, after_fun)
      when is_function(chunk_fun, 2) and is_function(after_fun, 1) do
    lazy(enum, [acc | after_fun], __at_line__(260, fn f -> chunk_while_fun(chunk_fun, f) end), &after_chunk_while/2)
  end

  defp chunk_while_fun(chunk_fun, f) do
    fn x, [head, [acc | after_fun] | tail] ->
      case __at_line__(267, chunk_fun.(x, acc)) do
        {:cont, chunk, acc} ->
          case __at_line__(272, f.(chunk, [head | tail])) do
            {:halt, [head | tail]} -> {:halt, [head, [acc | __at_line__(273, &{:cont, &1})] | tail]}
            {reason, [head | tail]} -> {reason, [head, [acc | after_fun] | tail]}
          end

        {:cont, acc} ->
          {:cont, [head, [acc | after_fun] | tail]}

        {:halt, acc} ->
          {:halt, [head, [acc | after_fun] | tail]}
      end
    end
  end

  defp after_chunk_while([head, [acc | after_fun] | tail], f) do
    case __at_line__(287, after_fun.(acc)) do
      {:cont, chunk, acc} ->
        {reason, [head | tail]} = __at_line__(288, f.(chunk, [head | tail]))
        {reason, [head, [acc | after_fun] | tail]}

      {:cont, acc} ->
        {:cont, [head, [acc | after_fun] | tail]}
    end
  end

  # (intersperse, flat_map and concat are transforms, as in Elixir)
  def intersperse(enum, separator) do
    transform(enum, false, fn
      x, true -> {[separator, x], true}
      x, false -> {[x], true}
    end)
  end

  # --------------------------------------------------------------- nesting

  @beamlet_def_line 505
  def flat_map(enum, mapper) when is_function(mapper, 1), do: transform(enum, nil, fn x, nil -> {__at_line__(506, mapper.(x)), nil} end)

  def concat(enumerables), do: flat_map(enumerables, fn e -> e end)
  def concat(first, second), do: flat_map([first, second], fn e -> e end)

  # The enumerable is walked one element at a time (each suspended), so that the reducer and the
  # downstream run from the stream's own loop (do_transform_user/6, do_transform_inner_list/7...,
  # named and lined as Elixir's, whose frames read so), not from inside the enumerable's reduce.
  def transform(enum, acc, reducer) when is_function(reducer, 2) do
    lazy(fn acc2, f -> do_transform(transform_source(enum), acc, reducer, acc2, {f, nil, &transform_plain/3}) end)
  end

  # start_fun runs when the enumeration starts; after_fun gets the last state however it ends
  # (done, halted by the consumer or the reducer, or raised in the reducer or downstream)
  def transform(enum, start_fun, reducer, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1) do
    fn acc, f -> do_transform(enum, start_fun, reducer, nil, after_fun, acc, f) end
  end

  # last_fun emits the final elements when the enumerable is exhausted (not when halted)
  def transform(enum, start_fun, reducer, last_fun, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and is_function(after_fun, 1) do
    fn acc, f -> do_transform(enum, start_fun, reducer, last_fun, after_fun, acc, f) end
  end

  defp do_transform(enum, start_fun, reducer, last_fun, after_fun, acc, f) do
    state = __at_line__(924, start_fun.())
    fin = fn how, a, st -> do_transform(how, a, st, f, {last_fun, after_fun}) end
    do_transform(transform_source(enum), state, reducer, acc, {f, after_fun, fin})
  end

  # the enumerable's reduce, answering {:suspended, x, next} per element
  defp transform_source(enum) do
    fn acc -> Enumerable.reduce(enum, acc, fn x, _ -> {:suspend, x} end) end
  end

  defp transform_close(next), do: next.({:halt, nil})

  # how the walk ended (:done, :halted by the consumer, :reducer_halted): last_fun, after_fun
  defp do_transform(:done, a, st, f, {last_fun, after_fun}) when last_fun != nil do
    case __at_line__(961, last_fun.(st)) do
      {:halt, st2} ->
        __at_line__(977, after_fun.(st2))
        {:done, a}

      {elements, st2} ->
        transform_last(Enumerable.reduce(elements, {:cont, a}, f), after_fun, st2)
    end
  end

  defp do_transform(how, a, st, _f, {_last_fun, after_fun}) when is_atom(how) do
    __at_line__(977, after_fun.(st))
    if how == :halted, do: {:halted, a}, else: {:done, a}
  end

  defp do_transform(next, st, user, {:cont, a}, {_f, _cleanup, fin} = ctx) do
    case __at_line__(942, next.({:cont, nil})) do
      {:suspended, x, next2} -> do_transform_user(x, next2, st, user, ctx, a)
      {_done, _} -> fin.(:done, a, st)
    end
  end

  defp do_transform(next, st, _user, {:halt, a}, {_f, _cleanup, fin}) do
    transform_close(next)
    fin.(:halted, a, st)
  end

  defp do_transform(next, st, user, {:suspend, a}, ctx) do
    {:suspended, a, fn acc -> do_transform(next, st, user, acc, ctx) end}
  end

  defp do_transform_user(x, next, st, user, {f, cleanup, _fin} = ctx, a) do
    result =
      try do
        __at_line__(989, user.(x, st))
      catch
        kind, reason ->
          transform_close(next)
          if cleanup, do: cleanup.(st)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    do_transform_result(result, next, user, ctx, a, f)
  end

  # (a reducer's answer that is none of these is a CaseClauseError here, no after_fun run)
  defp do_transform_result(result, next, user, {_f, _cleanup, fin} = ctx, a, f) do
    case __at_line__(1003, result) do
      {:halt, st2} ->
        transform_close(next)
        fin.(:reducer_halted, a, st2)

      {list, st2} when is_list(list) ->
        do_transform_inner_list(list, next, st2, user, ctx, a, f)

      {inner, st2} ->
        do_transform_inner_enum(inner, next, st2, user, ctx, a, f)
    end
  end

  defp do_transform_inner_list(list, next, st, user, ctx, a, f) do
    result =
      try do
        __at_line__(1026, Enumerable.List.reduce(list, {:cont, a}, f))
      catch
        kind, reason -> transform_raise(kind, reason, __STACKTRACE__, next, st, ctx)
      end

    transform_inner(result, true, next, st, user, ctx)
  end

  # an inner stream's halts are marked when the consumer asks them, to tell them apart from the
  # inner stream stopping by itself (take)
  defp do_transform_inner_enum(inner, next, st, user, ctx, a, f) do
    result =
      try do
        __at_line__(1051, Enumerable.reduce(inner, {:cont, a}, &do_transform_each(&1, &2, f)))
      catch
        kind, reason -> transform_raise(kind, reason, __STACKTRACE__, next, st, ctx)
      end

    transform_inner(result, false, next, st, user, ctx)
  end

  defp do_transform_each(x, a, f) do
    case __at_line__(1078, f.(x, a)) do
      {:halt, a2} -> {:halt, {:__stream_downstream_halt__, a2}}
      other -> other
    end
  end

  defp transform_raise(kind, reason, stacktrace, next, st, {_f, cleanup, _fin}) do
    transform_close(next)
    if cleanup, do: cleanup.(st)
    :erlang.raise(kind, reason, stacktrace)
  end

  # what an inner enumerable's reduce answered; halts: whether a plain halt is the consumer's (for
  # a list, always; for an inner stream, when the consumer resumed it with a halt)
  defp transform_inner({:done, a}, _halts, next, st, user, ctx), do: do_transform(next, st, user, {:cont, a}, ctx)
  defp transform_inner({:halted, {:__stream_downstream_halt__, a}}, _halts, next, st, user, ctx), do: do_transform(next, st, user, {:halt, a}, ctx)
  defp transform_inner({:halted, a}, true, next, st, user, ctx), do: do_transform(next, st, user, {:halt, a}, ctx)
  defp transform_inner({:halted, a}, false, next, st, user, ctx), do: do_transform(next, st, user, {:cont, a}, ctx)

  defp transform_inner({:suspended, a, k}, halts, next, st, user, ctx) do
    {:suspended, a, fn {tag, _} = acc -> transform_resume(k, acc, halts or tag == :halt, next, st, user, ctx) end}
  end

  defp transform_resume(k, acc, halts, next, st, user, ctx) do
    result =
      try do
        k.(acc)
      catch
        kind, reason -> transform_raise(kind, reason, __STACKTRACE__, next, st, ctx)
      end

    transform_inner(result, halts, next, st, user, ctx)
  end

  defp transform_plain(:halted, a, _st), do: {:halted, a}
  defp transform_plain(_how, a, _st), do: {:done, a}

  defp transform_last({:suspended, a, k}, after_fun, st), do: {:suspended, a, fn acc -> transform_last(k.(acc), after_fun, st) end}

  defp transform_last({how, a}, after_fun, st) do
    after_fun.(st)
    {how, a}
  end

  def cycle([]), do: __at_line__(1453, raise(ArgumentError, "cannot cycle over an empty enumerable"))

  # (a list cycles as an unfold, as in Elixir)
  def cycle(list) when is_list(list) do
    unfold(list, fn
      [] -> {hd(list), tl(list)}
      [x | rest] -> {x, rest}
    end)
  end

  # each pass ends in a marker: a first pass that reaches it with no element means the enumerable
  # is empty (it would cycle forever)
  def cycle(enumerable) do
    marker = make_ref()
    passes = flat_map(repeatedly(fn -> enumerable end), fn e -> concat(e, [marker]) end)

    fn acc, f ->
      passes
      |> transform(:first_pass, fn
        ^marker, :first_pass -> raise ArgumentError, "cannot cycle over an empty enumerable"
        ^marker, state -> {[], state}
        x, _ -> {[x], :seen}
      end)
      |> Enumerable.reduce(acc, f)
    end
  end

  # --------------------------------------------------------------- sources

  def iterate(start, next_fun) when is_function(next_fun, 1) do
    unfold({:first, start}, fn
      {:first, x} -> {x, {:next, x}}
      {:next, prev} ->
        x = __at_line__(1527, next_fun.(prev))
        {x, {:next, x}}
    end)
  end

  def interval(n) when is_integer(n) and n >= 0 do
    unfold(0, fn count ->
      Process.sleep(n)
      {count, count + 1}
    end)
  end

  def timer(n) when is_integer(n) and n >= 0 do
    take(interval(n), 1)
  end

  def duplicate(value, n) when is_integer(n) and n >= 0 do
    unfold(n, fn
      0 -> nil
      count -> {value, count - 1}
    end)
  end

  # (named and lined as Elixir's loops, so that their frames read as there)
  def repeatedly(generator_fun) when is_function(generator_fun, 0) do
    lazy(fn acc, f -> do_repeatedly(generator_fun, acc, f) end)
  end

  defp do_repeatedly(_g, {:halt, a}, _f), do: {:halted, a}
  defp do_repeatedly(g, {:suspend, a}, f), do: {:suspended, a, fn acc -> do_repeatedly(g, acc, f) end}
  defp do_repeatedly(g, {:cont, a}, f), do: do_repeatedly(g, __at_line__(1557, f.(g.(), a)), f)

  def unfold(next_acc, next_fun) when is_function(next_fun, 1) do
    lazy(fn acc, f -> do_unfold(next_acc, next_fun, acc, f) end)
  end

  defp do_unfold(_s, _g, {:halt, a}, _f), do: {:halted, a}
  defp do_unfold(s, g, {:suspend, a}, f), do: {:suspended, a, fn acc -> do_unfold(s, g, acc, f) end}

  defp do_unfold(s, g, {:cont, a}, f) do
    case __at_line__(1740, g.(s)) do
      nil -> {:done, a}
      {x, s2} -> do_unfold(s2, g, __at_line__(1742, f.(x, a)), f)
    end
  end

  def resource(start_fun, next_fun, after_fun)
      when is_function(start_fun, 0) and is_function(next_fun, 1) and is_function(after_fun, 1) do
    lazy(fn acc, f -> do_resource(__at_line__(1609, start_fun.()), next_fun, acc, f, after_fun) end)
  end

  defp do_resource(res, _next, {:halt, a}, _f, after_fun) do
    __at_line__(1617, after_fun.(res))
    {:halted, a}
  end

  defp do_resource(res, next, {:suspend, a}, f, after_fun) do
    {:suspended, a, fn acc -> do_resource(res, next, acc, f, after_fun) end}
  end

  # if next_fun (or, below, the reducer) raises, throws or exits, after_fun still runs before it
  # propagates
  defp do_resource(res, next, {:cont, a}, f, after_fun) do
    step =
      try do
        __at_line__(1623, next.(res))
      catch
        kind, reason ->
          __at_line__(1626, after_fun.(res))
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    case step do
      {:halt, res2} ->
        __at_line__(1617, after_fun.(res2))
        {:done, a}

      {[_] = items, res2} ->
        do_element_resource(res2, next, {:cont, a}, f, after_fun, items)

      # (several elements are reduced by Enumerable.List, whose frame a raising reducer shows)
      {items, res2} when is_list(items) ->
        do_list_resource(res2, next, {:cont, a}, f, after_fun, &Enumerable.List.reduce(items, &1, f))

      {items, res2} ->
        do_enum_resource(items, res2, next, {:cont, a}, f, after_fun)

      # (Elixir takes next_fun's answer in a try's else: anything else is a TryClauseError)
      other ->
        __at_line__(1622, raise(TryClauseError, term: other))
    end
  end

  defp do_element_resource(res, next, {:cont, a}, f, after_fun, [x | rest]) do
    acc =
      try do
        __at_line__(1651, f.(x, a))
      catch
        kind, reason ->
          __at_line__(1654, after_fun.(res))
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    do_element_resource(res, next, acc, f, after_fun, rest)
  end

  defp do_element_resource(res, next, {:suspend, a}, f, after_fun, [_ | _] = rest) do
    {:suspended, a, fn acc -> do_element_resource(res, next, acc, f, after_fun, rest) end}
  end

  defp do_element_resource(res, next, acc, f, after_fun, _rest), do: do_resource(res, next, acc, f, after_fun)

  defp do_list_resource(res, next, acc, f, after_fun, reduce) do
    result =
      try do
        __at_line__(1664, reduce.(acc))
      catch
        kind, reason ->
          __at_line__(1667, after_fun.(res))
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    case result do
      {:done, a} -> do_resource(res, next, {:cont, a}, f, after_fun)
      {:halted, a} -> do_resource(res, next, {:halt, a}, f, after_fun)
      {:suspended, a, c} -> {:suspended, a, fn acc2 -> do_list_resource(res, next, acc2, f, after_fun, c) end}
    end
  end

  # next_fun's elements as another enumerable: reduced in one go, its halts marked when the consumer
  # asks them (to tell them apart from the enumerable stopping by itself)
  defp do_enum_resource(items, res, next, {:cont, a}, f, after_fun) do
    result =
      try do
        __at_line__(1683, Enumerable.reduce(items, {:cont, a}, &do_resource_each(&1, &2, f)))
      catch
        kind, reason ->
          __at_line__(1686, after_fun.(res))
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    resource_enum_result(result, false, res, next, f, after_fun)
  end

  defp do_resource_each(x, a, f) do
    case __at_line__(1704, f.(x, a)) do
      {:halt, a2} -> {:halt, {:__stream_downstream_halt__, a2}}
      other -> other
    end
  end

  # halts: whether a plain halt is the consumer's (it resumed the elements with a halt)
  defp resource_enum_result({:done, a}, _halts, res, next, f, after_fun), do: do_resource(res, next, {:cont, a}, f, after_fun)
  defp resource_enum_result({:halted, {:__stream_downstream_halt__, a}}, _halts, res, next, f, after_fun), do: do_resource(res, next, {:halt, a}, f, after_fun)
  defp resource_enum_result({:halted, a}, true, res, next, f, after_fun), do: do_resource(res, next, {:halt, a}, f, after_fun)
  defp resource_enum_result({:halted, a}, false, res, next, f, after_fun), do: do_resource(res, next, {:cont, a}, f, after_fun)

  defp resource_enum_result({:suspended, a, k}, _halts, res, next, f, after_fun) do
    {:suspended, a,
     fn {tag, _} = acc ->
       result =
         try do
           k.(acc)
         catch
           kind, reason ->
             after_fun.(res)
             :erlang.raise(kind, reason, __STACKTRACE__)
         end

       resource_enum_result(result, tag == :halt, res, next, f, after_fun)
     end}
  end

  @beamlet_frame_line 1214
  def zip(left, right), do: zip_with(left, right, fn l, r -> {l, r} end)

  @beamlet_frame_line 1234
  def zip(enumerables), do: zip_with(enumerables, &:erlang.list_to_tuple/1)

  # two lists, a list of lists, or any enumerables: each its own walk (and frames), as in Elixir
  @beamlet_frame_line 1256
  def zip_with(left, right, fun) when is_list(left) and is_list(right) and is_function(fun, 2) do
    fn acc, f -> zip_pair(left, right, acc, f, fun) end
  end

  @beamlet_frame_line 1260
  def zip_with(left, right, fun) when is_function(fun, 2) do
    zip_with([left, right], fn [l, r] -> fun.(l, r) end)
  end

  def zip_with(enumerables, fun) when is_function(fun, 1) do
    if is_list(enumerables) and :lists.all(&is_list/1, enumerables) do
      __at_line__(1304, fn acc, f -> zip_list(enumerables, acc, f, fun) end)
    else
      __at_line__(1306, fn acc, f -> zip_enum(enumerables, acc, f, fun) end)
    end
  end

  defp zip_pair(_left, _right, {:halt, a}, _f, _fun), do: {:halted, a}

  defp zip_pair(left, right, {:suspend, a}, f, fun),
    do: {:suspended, a, __at_line__(1268, fn acc -> zip_pair(left, right, acc, f, fun) end)}

  defp zip_pair([], _right, {:cont, a}, _f, _fun), do: {:done, a}
  defp zip_pair(_left, [], {:cont, a}, _f, _fun), do: {:done, a}

  @beamlet_frame_line 1275
  defp zip_pair([l | left], [r | right], {:cont, a}, f, fun), do: zip_pair(left, right, f.(fun.(l, r), a), f, fun)

  defp zip_list(_lists, {:halt, a}, _f, _fun), do: {:halted, a}

  defp zip_list(lists, {:suspend, a}, f, fun),
    do: {:suspended, a, __at_line__(1315, fn acc -> zip_list(lists, acc, f, fun) end)}

  defp zip_list(lists, {:cont, a}, f, fun) do
    case __at_line__(1319, zip_list_heads_tails(lists, [], [])) do
      {heads, tails} -> __at_line__(1320, zip_list(tails, f.(fun.(heads), a), f, fun))
      :error -> {:done, a}
    end
  end

  @beamlet_def_line 1325
  @beamlet_frame_line 1326
  defp zip_list_heads_tails([[h | t] | rest], heads, tails), do: zip_list_heads_tails(rest, [h | heads], [t | tails])
  defp zip_list_heads_tails([[] | _rest], _heads, _tails), do: :error
  @beamlet_frame_line 1334
  defp zip_list_heads_tails([], heads, tails), do: {:lists.reverse(heads), :lists.reverse(tails)}

  # each enumerable is reduced one element at a time, suspending after each; a zip is
  # {continuation, buffered elements, :cont or :halt once that enumerable has ended}
  defp zip_enum(enumerables, acc, f, fun) do
    step = __at_line__(1339, fn x, buffered -> {:suspend, :lists.reverse([x | buffered])} end)

    zips =
      __at_line__(1343, Enum.map(enumerables, fn enum -> {__at_line__(1344, fn acc -> Enumerable.reduce(enum, acc, step) end), [], :cont} end))

    __at_line__(1347, do_zip_enum(zips, acc, f, fun))
  end

  defp do_zip_enum(zips, {:halt, a}, _f, _fun) do
    __at_line__(1352, do_zip_close(zips))
    {:halted, a}
  end

  defp do_zip_enum(zips, {:suspend, a}, f, fun),
    do: {:suspended, a, __at_line__(1357, fn acc -> do_zip_enum(zips, acc, f, fun) end)}

  defp do_zip_enum([], {:cont, a}, _f, _fun), do: {:done, a}

  # (the zips are closed when the consumer raises too; the next step is a tail call, outside
  # the try, as in Elixir's try ... else)
  defp do_zip_enum(zips, {:cont, a}, f, fun) do
    result =
      try do
        __at_line__(1366, do_zip_next(zips, a, f, [], [], fun))
      catch
        kind, reason ->
          __at_line__(1369, do_zip_close(zips))
          __at_line__(1370, :erlang.raise(kind, reason, __STACKTRACE__))
      end

    case result do
      {:next, zips, acc} -> __at_line__(1373, do_zip_enum(zips, acc, f, fun))
      {:done, _a} = done -> done
    end
  end

  defp do_zip_next([{_, [], :halt} | zips], a, _f, _items, done, _fun) do
    __at_line__(1390, do_zip_close(:lists.reverse(done, zips)))
    {:done, a}
  end

  defp do_zip_next([{k, [], :cont} | zips], a, f, items, done, fun) do
    case __at_line__(1395, k.({:cont, []})) do
      {:suspended, [x | buffered], k} ->
        __at_line__(1398, do_zip_next(zips, a, f, [x | items], [{k, buffered, :cont} | done], fun))

      {_, [x | buffered]} ->
        __at_line__(1402, do_zip_next(zips, a, f, [x | items], [{k, buffered, :halt} | done], fun))

      {_, []} ->
        __at_line__(1407, do_zip_close(:lists.reverse(done, zips)))
        {:done, a}
    end
  end

  defp do_zip_next([{k, [x | buffered], how} | zips], a, f, items, done, fun) do
    __at_line__(1422, do_zip_next(zips, a, f, [x | items], [{k, buffered, how} | done], fun))
  end

  @beamlet_frame_line 1429
  defp do_zip_next([], a, f, items, done, fun) do
    {:next, :lists.reverse(done), f.(fun.(:lists.reverse(items)), a)}
  end

  @beamlet_frame_line 1433
  defp do_zip_close(zips), do: :lists.foreach(fn {k, _, _} -> k.({:halt, []}) end, zips)

  @beamlet_frame_line 689
  def run(stream) do
    Enumerable.reduce(stream, {:cont, nil}, fn _, _ -> {:cont, nil} end)
    :ok
  end

  def into(enum, collectable, transform \\ fn x -> x end) do
    lazy(fn acc, f ->
      {initial, into_fun} = Collectable.into(collectable)

      result =
        Enumerable.reduce(enum, {elem(acc, 0), {elem(acc, 1), initial}}, fn x, {a, c} ->
          c = into_fun.(c, {:cont, transform.(x)})
          {t, a2} = f.(x, a)
          {t, {a2, c}}
        end)

      case result do
        {:done, {a, c}} ->
          into_fun.(c, :done)
          {:done, a}

        {:halted, {a, c}} ->
          into_fun.(c, :done)
          {:halted, a}

        {:suspended, {a, _c}, _k} ->
          {:suspended, a, fn _ -> {:halted, a} end}
      end
    end)
  end

  # deprecated in Elixir 1.14
  @doc false
  def chunk(enum, n), do: chunk(enum, n, n, nil)
  @doc false
  # Elixir 1.14 passes a nil leftover here (a partial last chunk raises, as there)
  def chunk(enum, n, step), do: chunk_every(enum, n, step, nil)
  @doc false
  def chunk(enum, n, step, leftover), do: chunk_every(enum, n, step, leftover || :discard)
  @doc false
  def filter_map(enum, filter, mapper), do: enum |> filter(filter) |> map(mapper)
  @doc false
  def uniq(enum, fun), do: uniq_by(enum, fun)
end

defimpl Enumerable, for: Stream do
  def count(_stream), do: {:error, __MODULE__}
  def member?(_stream, _value), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}

  # the consumer's accumulator travels as the head of the list of the stages' states
  @beamlet_frame_line 1799
  def reduce(stream, acc, fun) do
    do_reduce(stream, acc, fn x, [acc] ->
      {reason, acc} = fun.(x, acc)
      {reason, [acc]}
    end)
  end

  # the oldest stage wraps all the others, so it sees the enumerable's elements first
  @beamlet_frame_line 1805
  defp do_reduce(%Stream{enum: enum, funs: funs, accs: accs, done: done}, acc, fun) do
    composed = :lists.foldl(fn transformer, inner -> transformer.(inner) end, fun, funs)
    reduce = __at_line__(1806, fn acc -> Enumerable.reduce(enum, acc, composed) end)
    __at_line__(1807, do_each(reduce, done && {done, fun}, :lists.reverse(accs), acc))
  end

  @beamlet_frame_line 1811
  defp do_each(reduce, done, accs, {command, acc}) do
    case reduce.({command, [acc | accs]}) do
      {:suspended, [acc | accs], continuation} ->
        {:suspended, acc, __at_line__(1813, fn next -> do_each(continuation, done, accs, next) end)}

      {:halted, accs} ->
        __at_line__(1816, do_done({:halted, accs}, done))

      {:done, accs} ->
        __at_line__(1819, do_done({:done, accs}, done))
    end
  end

  defp do_done({reason, [acc | _]}, nil), do: {reason, acc}

  # done gets the consumer's accumulator and the newest stage's state (only the newest sets done)
  defp do_done({reason, [acc | states]}, {done, fun}) do
    [first | _] = __at_line__(1826, :lists.reverse(states))

    case __at_line__(1828, done.([acc, first], fun)) do
      {:cont, [acc | _]} -> {reason, acc}
      {:halt, [acc | _]} -> {:halted, acc}
      {:suspend, [acc | _]} -> {:suspended, acc, __at_line__(1831, &{:done, elem(&1, 1)})}
    end
  end
end

defimpl Inspect, for: Stream do
  def inspect(%Stream{enum: enum, funs: funs}, opts) do
    Inspect.Algebra.concat(["#Stream<", Inspect.Algebra.to_doc([enum: enum, funs: Enum.reverse(funs)], opts), ">"])
  end
end
