defmodule Stream do
  @moduledoc """
  Functions for creating and composing lazy streams. A stream is a %Stream{} whose `enum` field is
  a reduce function (acc, fun) following the Enumerable protocol; each operation wraps the
  previous one, so nothing runs until an Enum function (or Stream.run) consumes it.
  """

  defstruct enum: nil, funs: [], accs: [], done: nil

  # (a source or a stateful stage is its reduce function itself, as in Elixir: a 2-arity fun is an
  # enumerable, and inspects as the function of the Stream function that made it)
  defp lazy(reduce_fun), do: reduce_fun

  # --------------------------------------------------------------- stateless

  # map, filter and reject compose as Elixir's do (and inspect so): the stream keeps the enumerable
  # and its reducer transformers, newest first, which wrap the consumer's fun when it is reduced
  defp compose(%Stream{funs: [_ | _] = funs, accs: [], done: nil} = stream, transformer) do
    %{stream | funs: [transformer | funs]}
  end

  defp compose(enum, transformer), do: %Stream{enum: enum, funs: [transformer]}

  # (lines: Elixir's, where the transformer calls `fun`)
  @beamlet_frame_line 612
  def map(enum, fun) do
    compose(enum, fn f -> fn x, a -> f.(fun.(x), a) end end)
  end

  @beamlet_frame_line 522
  def filter(enum, fun) do
    compose(enum, fn f -> fn x, a -> if fun.(x), do: f.(x, a), else: {:cont, a} end end)
  end

  @beamlet_frame_line 665
  def reject(enum, fun) do
    compose(enum, fn f -> fn x, a -> if fun.(x), do: {:cont, a}, else: f.(x, a) end end)
  end

  def each(enum, fun) do
    lazy(fn acc, f ->
      Enumerable.reduce(enum, acc, fn x, a ->
        fun.(x)
        f.(x, a)
      end)
    end)
  end

  def map_every(enum, nth, fun) when is_integer(nth) and nth >= 0 do
    case nth do
      0 -> lazy(fn acc, f -> Enumerable.reduce(enum, acc, f) end)
      _ -> with_state(enum, 0, fn x, i, f, a -> {f.(if(rem(i, nth) == 0, do: fun.(x), else: x), a), i + 1} end)
    end
  end

  # --------------------------------------------------------------- stateful

  # Wraps enum so each element goes through step.(x, state, downstream_fun, acc), which returns
  # {downstream_result, new_state}; on_done.(state) gives the elements emitted when enum ends.
  defp with_state(enum, state, step, on_done \\ nil) do
    lazy(fn acc, f -> run_state(enum, state, step, on_done, acc, f) end)
  end

  defp run_state(enum, state, step, on_done, {tag, a}, f) do
    enum
    |> Enumerable.reduce({tag, {a, state}}, fn x, {a, st} ->
      {{t, a2}, st2} = step.(x, st, f, a)
      {t, {a2, st2}}
    end)
    |> unwrap_state(on_done, f)
  end

  defp unwrap_state({:done, {a, _st}}, nil, _f), do: {:done, a}

  defp unwrap_state({:done, {a, st}}, on_done, f) do
    case emit_list(on_done.(st), {:cont, a}, f) do
      {:suspended, a, _k} -> {:done, a}
      other -> other
    end
  end

  defp emit_list(_list, {:halt, a}, _f), do: {:halted, a}
  defp emit_list(list, {:suspend, a}, f), do: {:suspended, a, fn acc -> emit_list(list, acc, f) end}
  defp emit_list([], {:cont, a}, _f), do: {:done, a}
  defp emit_list([h | t], {:cont, a}, f), do: emit_list(t, f.(h, a), f)

  defp unwrap_state({:halted, {a, _st}}, _on_done, _f), do: {:halted, a}

  defp unwrap_state({:suspended, {a, st}, k}, on_done, f) do
    {:suspended, a, fn {tag, a2} -> unwrap_state(k.({tag, {a2, st}}), on_done, f) end}
  end

  def take(_enum, 0), do: lazy(fn {_, a}, _f -> {:done, a} end)

  def take(enum, count) when is_integer(count) and count > 0 do
    with_state(enum, count, fn x, n, f, a ->
      case f.(x, a) do
        {:cont, a2} when n > 1 -> {{:cont, a2}, n - 1}
        {:cont, a2} -> {{:halt, a2}, 0}
        {:suspend, a2} when n > 1 -> {{:suspend, a2}, n - 1}
        {other, a2} -> {{other, a2}, n - 1}
      end
    end)
  end

  def take(enum, count) when is_integer(count) and count < 0 do
    lazy(fn acc, f -> Enumerable.reduce(Enum.take(enum, count), acc, f) end)
  end

  def take_while(enum, fun) do
    with_state(enum, nil, fn x, st, f, a ->
      if fun.(x), do: {f.(x, a), st}, else: {{:halt, a}, st}
    end)
  end

  def take_every(enum, nth) when is_integer(nth) and nth > 0 do
    with_state(enum, 0, fn x, i, f, a ->
      if rem(i, nth) == 0, do: {f.(x, a), i + 1}, else: {{:cont, a}, i + 1}
    end)
  end

  def drop(enum, count) when is_integer(count) and count >= 0 do
    with_state(enum, count, fn x, n, f, a ->
      if n > 0, do: {{:cont, a}, n - 1}, else: {f.(x, a), 0}
    end)
  end

  def drop(enum, count) when is_integer(count) and count < 0 do
    lazy(fn acc, f -> Enumerable.reduce(Enum.drop(enum, count), acc, f) end)
  end

  def drop_every(enum, nth) when is_integer(nth) and nth >= 0 do
    case nth do
      0 -> lazy(fn acc, f -> Enumerable.reduce(enum, acc, f) end)
      _ -> with_state(enum, 0, fn x, i, f, a -> if(rem(i, nth) == 0, do: {{:cont, a}, i + 1}, else: {f.(x, a), i + 1}) end)
    end
  end

  def drop_while(enum, fun) do
    with_state(enum, true, fn x, dropping, f, a ->
      if dropping and fun.(x), do: {{:cont, a}, true}, else: {f.(x, a), false}
    end)
  end

  def with_index(enum, offset \\ 0)

  def with_index(enum, offset) when is_integer(offset) do
    with_state(enum, offset, fn x, i, f, a -> {f.({x, i}, a), i + 1} end)
  end

  def with_index(enum, fun) when is_function(fun, 2) do
    with_state(enum, 0, fn x, i, f, a -> {f.(fun.(x, i), a), i + 1} end)
  end

  def dedup(enum), do: dedup_by(enum, fn x -> x end)

  def dedup_by(enum, fun) do
    with_state(enum, :__stream_none__, fn x, prev, f, a ->
      key = {:v, fun.(x)}
      if key === prev, do: {{:cont, a}, prev}, else: {f.(x, a), key}
    end)
  end

  def uniq(enum), do: uniq_by(enum, fn x -> x end)

  def uniq_by(enum, fun) do
    with_state(enum, %{}, fn x, seen, f, a ->
      key = fun.(x)

      case seen do
        %{^key => _} -> {{:cont, a}, seen}
        _ -> {f.(x, a), :maps.put(key, true, seen)}
      end
    end)
  end

  def scan(enum, fun) do
    with_state(enum, :__stream_none__, fn
      x, :__stream_none__, f, a -> {f.(x, a), {:v, x}}
      x, {:v, prev}, f, a ->
        v = fun.(x, prev)
        {f.(v, a), {:v, v}}
    end)
  end

  def scan(enum, acc, fun) do
    with_state(enum, acc, fn x, prev, f, a ->
      v = fun.(x, prev)
      {f.(v, a), v}
    end)
  end

  def chunk_every(enum, count), do: chunk_every(enum, count, count, [])

  def chunk_every(enum, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    chunk_while(
      enum,
      {[], 0, 0},
      fn x, {buf, n, skip} ->
        if skip > 0 do
          {:cont, {buf, n, skip - 1}}
        else
          buf = [x | buf]
          n = n + 1

          if n == count do
            chunk = :lists.reverse(buf)

            if step >= count do
              {:cont, chunk, {[], 0, step - count}}
            else
              kept = :lists.sublist(chunk, step + 1, count - step)
              {:cont, chunk, {:lists.reverse(kept), count - step, 0}}
            end
          else
            {:cont, {buf, n, skip}}
          end
        end
      end,
      fn {buf, n, _skip} ->
        cond do
          n == 0 -> {:cont, {[], 0, 0}}
          leftover == :discard -> {:cont, {[], 0, 0}}
          true -> {:cont, :lists.sublist(:lists.reverse(buf) ++ Enum.to_list(leftover), count), {[], 0, 0}}
        end
      end
    )
  end

  def chunk_by(enum, fun), do: Stream.Reducers.chunk_by(&chunk_while/4, enum, fun)

  def chunk_while(enum, acc, chunk_fun, after_fun) do
    with_state(
      enum,
      acc,
      fn x, st, f, a ->
        case chunk_fun.(x, st) do
          {:cont, chunk, st2} -> {f.(chunk, a), st2}
          {:cont, st2} -> {{:cont, a}, st2}
          {:halt, st2} -> {{:halt, a}, st2}
        end
      end,
      fn st ->
        case after_fun.(st) do
          {:cont, _} -> []
          {:cont, chunk, _} -> [chunk]
        end
      end
    )
  end

  def intersperse(enum, separator) do
    with_state(enum, false, fn
      x, false, f, a ->
        {f.(x, a), true}

      x, true, f, a ->
        case f.(separator, a) do
          {:cont, a2} -> {f.(x, a2), true}
          other -> {other, true}
        end
    end)
  end

  # --------------------------------------------------------------- nesting

  def flat_map(enum, mapper) do
    lazy(fn acc, f -> flat_map_run(enum, mapper, acc, f) end)
  end

  def concat(enumerables), do: flat_map(enumerables, fn e -> e end)
  def concat(first, second), do: flat_map([first, second], fn e -> e end)

  def transform(enum, acc, reducer) when is_function(reducer, 2) do
    lazy(fn acc2, f -> transform_run(enum, acc, reducer, acc2, f, nil, &transform_plain/3) end)
  end

  # start_fun runs when the enumeration starts; after_fun gets the last state however it ends
  # (done, halted by the consumer or the reducer, or raised in the reducer or downstream)
  def transform(enum, start_fun, reducer, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(after_fun, 1) do
    transform_with(enum, start_fun, reducer, nil, after_fun)
  end

  # last_fun emits the final elements when the enumerable is exhausted (not when halted)
  def transform(enum, start_fun, reducer, last_fun, after_fun)
      when is_function(start_fun, 0) and is_function(reducer, 2) and is_function(last_fun, 1) and is_function(after_fun, 1) do
    transform_with(enum, start_fun, reducer, last_fun, after_fun)
  end

  defp transform_with(enum, start_fun, reducer, last_fun, after_fun) do
    lazy(fn acc, f ->
      state = start_fun.()
      transform_run(enum, state, reducer, acc, f, after_fun, fn how, a, st -> transform_finish(how, a, st, f, last_fun, after_fun) end)
    end)
  end

  defp transform_plain(:halted, a, _st), do: {:halted, a}
  defp transform_plain(_how, a, _st), do: {:done, a}

  defp transform_finish(:done, a, st, f, last_fun, after_fun) when last_fun != nil do
    case last_fun.(st) do
      {:halt, st2} ->
        after_fun.(st2)
        {:done, a}

      {elements, st2} ->
        transform_last(Enumerable.reduce(elements, {:cont, a}, f), after_fun, st2)
    end
  end

  defp transform_finish(how, a, st, _f, _last_fun, after_fun) do
    after_fun.(st)
    if how == :halted, do: {:halted, a}, else: {:done, a}
  end

  defp transform_last({:suspended, a, k}, after_fun, st), do: {:suspended, a, fn acc -> transform_last(k.(acc), after_fun, st) end}

  defp transform_last({how, a}, after_fun, st) do
    after_fun.(st)
    {how, a}
  end

  defp transform_run(enum, state, reducer, acc, f, cleanup, fin) do
    {tag, a} = acc

    result =
      Enumerable.reduce(enum, {tag, {a, state, nil}}, fn x, {a, st, nil} ->
        case transform_call(reducer, x, st, cleanup) do
          {:halt, st2} ->
            {:halt, {a, st2, nil}}

          {inner, st2} ->
            case Enumerable.reduce(inner, {:cont, a}, downstream(f, cleanup, st2)) do
              {:done, a2} -> {:cont, {a2, st2, nil}}
              {:halted, {:__stream_downstream_halt__, a2}} -> {:halt, {a2, st2, :halted}}
              {:halted, a2} -> {:cont, {a2, st2, nil}}
              {:suspended, a2, k} -> {:suspend, {a2, st2, k}}
            end
        end
      end)

    transform_unwrap(result, fin)
  end

  defp transform_call(reducer, x, st, nil), do: reducer.(x, st)

  defp transform_call(reducer, x, st, cleanup) do
    try do
      reducer.(x, st)
    catch
      kind, reason ->
        cleanup.(st)
        :erlang.raise(kind, reason, __STACKTRACE__)
    end
  end

  defp transform_unwrap({:done, {a, st, _}}, fin), do: fin.(:done, a, st)
  defp transform_unwrap({:halted, {a, st, :halted}}, fin), do: fin.(:halted, a, st)
  defp transform_unwrap({:halted, {a, st, nil}}, fin), do: fin.(:reducer_halted, a, st)

  defp transform_unwrap({:suspended, {a, st, nil}, k}, fin) do
    {:suspended, a, fn {tag, a2} -> transform_unwrap(k.({tag, {a2, st, if(tag == :halt, do: :halted, else: nil)}}), fin) end}
  end

  defp transform_unwrap({:suspended, {a, st, inner_k}, outer_k}, fin) do
    {:suspended, a, fn acc -> transform_resume(inner_k, outer_k, st, acc, fin) end}
  end

  defp transform_resume(inner_k, outer_k, st, {tag, a}, fin) do
    case inner_k.({tag, a}) do
      {:done, a2} -> transform_unwrap(outer_k.({:cont, {a2, st, nil}}), fin)
      {:halted, {:__stream_downstream_halt__, a2}} -> transform_unwrap(outer_k.({:halt, {a2, st, :halted}}), fin)
      {:halted, a2} when tag == :halt -> transform_unwrap(outer_k.({:halt, {a2, st, :halted}}), fin)
      {:halted, a2} -> transform_unwrap(outer_k.({:cont, {a2, st, nil}}), fin)
      {:suspended, a2, k2} -> {:suspended, a2, fn acc -> transform_resume(k2, outer_k, st, acc, fin) end}
    end
  end

  defp flat_map_run(enum, mapper, acc, f) do
    transform_run(enum, nil, fn x, nil -> {mapper.(x), nil} end, acc, f, nil, &transform_plain/3)
  end

  # marks a halt requested by the consumer, so that an inner stream that stops by itself (take)
  # is told apart from the consumer stopping everything
  defp downstream(f, cleanup, st) do
    fn x, a ->
      case transform_downstream(f, x, a, cleanup, st) do
        {:halt, a2} -> {:halt, {:__stream_downstream_halt__, a2}}
        other -> other
      end
    end
  end

  defp transform_downstream(f, x, a, nil, _st), do: f.(x, a)

  defp transform_downstream(f, x, a, cleanup, st) do
    try do
      f.(x, a)
    catch
      kind, reason ->
        cleanup.(st)
        :erlang.raise(kind, reason, __STACKTRACE__)
    end
  end

  def cycle(enumerable) do
    case enumerable do
      [] -> raise ArgumentError, "cannot cycle over an empty enumerable"
      _ -> flat_map(repeatedly(fn -> enumerable end), fn e -> e end)
    end
  end

  # --------------------------------------------------------------- sources

  def iterate(start, next_fun) do
    unfold({:first, start}, fn
      {:first, x} -> {x, {:next, x}}
      {:next, prev} ->
        x = next_fun.(prev)
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

  def repeatedly(generator_fun) do
    lazy(fn acc, f -> repeatedly_loop(generator_fun, acc, f) end)
  end

  defp repeatedly_loop(_g, {:halt, a}, _f), do: {:halted, a}
  defp repeatedly_loop(g, {:suspend, a}, f), do: {:suspended, a, fn acc -> repeatedly_loop(g, acc, f) end}
  defp repeatedly_loop(g, {:cont, a}, f), do: repeatedly_loop(g, f.(g.(), a), f)

  def unfold(next_acc, next_fun) do
    lazy(fn acc, f -> unfold_loop(next_acc, next_fun, acc, f) end)
  end

  defp unfold_loop(_s, _g, {:halt, a}, _f), do: {:halted, a}
  defp unfold_loop(s, g, {:suspend, a}, f), do: {:suspended, a, fn acc -> unfold_loop(s, g, acc, f) end}

  defp unfold_loop(s, g, {:cont, a}, f) do
    case g.(s) do
      nil -> {:done, a}
      {x, s2} -> unfold_loop(s2, g, f.(x, a), f)
    end
  end

  def resource(start_fun, next_fun, after_fun) do
    lazy(fn acc, f -> resource_loop(start_fun.(), next_fun, after_fun, [], acc, f) end)
  end

  defp resource_loop(res, _next, after_fun, _buf, {:halt, a}, _f) do
    after_fun.(res)
    {:halted, a}
  end

  defp resource_loop(res, next, after_fun, buf, {:suspend, a}, f) do
    {:suspended, a, fn acc -> resource_loop(res, next, after_fun, buf, acc, f) end}
  end

  defp resource_loop(res, next, after_fun, [x | rest], {:cont, a}, f) do
    resource_loop(res, next, after_fun, rest, f.(x, a), f)
  end

  defp resource_loop(res, next, after_fun, [], {:cont, a}, f) do
    case next.(res) do
      {:halt, res2} ->
        after_fun.(res2)
        {:done, a}

      {items, res2} ->
        resource_loop(res2, next, after_fun, Enum.to_list(items), {:cont, a}, f)
    end
  end

  def zip(left, right), do: zip([left, right])

  def zip(enumerables), do: zip_with(enumerables, fn items -> :erlang.list_to_tuple(items) end)

  def zip_with(left, right, fun), do: zip_with([left, right], fn [a, b] -> fun.(a, b) end)

  def zip_with(enumerables, fun) do
    lazy(fn acc, f -> zip_loop(nil, enumerables, fun, acc, f) end)
  end

  defp zip_loop(iters, enumerables, fun, acc, f) do
    iters = if iters == nil, do: Enum.map(enumerables, &__iterator__/1), else: iters

    case acc do
      {:halt, a} ->
        close_all(iters)
        {:halted, a}

      {:suspend, a} ->
        {:suspended, a, fn acc2 -> zip_loop(iters, enumerables, fun, acc2, f) end}

      {:cont, a} ->
        case __next_all__(iters) do
          {:ok, items, iters2} -> zip_loop(iters2, enumerables, fun, f.(fun.(items), a), f)
          :done -> {:done, a}
        end
    end
  end

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

  # --------------------------------------------------------------- iterators (used by zip)

  @doc false
  # An iterator pulls one element at a time from any enumerable, using suspension.
  def __iterator__(list) when is_list(list), do: {:list, list}

  def __iterator__(enum) do
    {:fun, fn acc -> Enumerable.reduce(enum, acc, fn x, _ -> {:suspend, x} end) end}
  end

  @doc false
  def __next__({:list, [h | t]}), do: {:ok, h, {:list, t}}
  def __next__({:list, []}), do: :done
  # (an improper tail is no list: Enumerable.List.reduce/3 refuses it, as in Elixir's zip)
  def __next__({:list, tail}), do: Enumerable.List.reduce(tail, {:cont, []}, fn x, _ -> {:suspend, x} end)

  def __next__({:fun, k}) do
    case k.({:cont, nil}) do
      {:suspended, x, k2} -> {:ok, x, {:resume, k2}}
      _ -> :done
    end
  end

  def __next__({:resume, k}), do: __next__({:fun, k})
  def __next__(:closed), do: :done

  @doc false
  # Advances every iterator: {:ok, items, iterators} or :done (closing the others).
  def __next_all__(iters), do: next_all(iters, [], [])

  defp next_all([], items, iters), do: {:ok, :lists.reverse(items), :lists.reverse(iters)}

  defp next_all([it | rest], items, iters) do
    case __next__(it) do
      {:ok, x, it2} ->
        next_all(rest, [x | items], [it2 | iters])

      :done ->
        # the others are halted in their order, those not started yet too (as Elixir's zip
        # does: a resource is opened and closed, a term that is no enumerable raises)
        close_all(:lists.reverse(iters))
        close_all(rest)
        :done
    end
  end

  defp close_all([]), do: :ok

  defp close_all([{tag, k} | rest]) when tag in [:resume, :fun] do
    k.({:halt, nil})
    close_all(rest)
  end

  defp close_all([_ | rest]), do: close_all(rest)

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
  def reduce(%Stream{enum: enum, funs: [_ | _] = funs}, acc, f) do
    do_each(enum, Enum.reduce(funs, f, fn transformer, inner -> transformer.(inner) end), [], acc)
  end

  def reduce(%Stream{enum: fun}, acc, f) when is_function(fun, 2), do: fun.(acc, f)
  def reduce(%Stream{enum: enum}, acc, f), do: do_each(enum, f, [], acc)

  # Elixir's stream reduces its enumerable from do_each/4, whose frame a failure inside the
  # stream's functions shows under the enumerable's reduce (the library keeps this binding)
  @beamlet_frame_line 1811
  defp do_each(enum, composed, _accs, acc) do
    result = Enumerable.reduce(enum, acc, composed)
    result
  end
  def count(_stream), do: {:error, __MODULE__}
  def member?(_stream, _value), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}


end

defimpl Inspect, for: Stream do
  def inspect(%Stream{enum: enum, funs: funs}, opts) do
    Inspect.Algebra.concat(["#Stream<", Inspect.Algebra.to_doc([enum: enum, funs: Enum.reverse(funs)], opts), ">"])
  end
end
