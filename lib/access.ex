defmodule Access do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @doc """
    Finds the value under `key` in `term`: `{:ok, value}`, or `:error` when there
    is none. `structure[key]` on a struct calls its module's `fetch/2`, and gives
    `nil` for `:error`.
    """
  @callback fetch(term, term) :: term
  @doc """
    Gives `fun` the value under `key` (or `nil`) and returns `{value, updated}`:
    `fun` returns the value to give back and the new one to store, as
    `{get, new}`, or `:pop` to remove the key.
    """
  @callback get_and_update(term, term, term) :: term
  @doc """
    Removes `key` from `data`: `{value, rest}`, or `{nil, data}` when the key is
    not there.
    """
  @callback pop(term, term) :: term

  @moduledoc "Key-based access to data structures: `data[key]`, and the accessors used by get_in/put_in/update_in."

  def get(container, key, default \\ nil)

  # a struct is its module's Access implementation (fetch/2, get_and_update/3, pop/2)
  def get(%{__struct__: mod} = container, key, default) when is_atom(mod) do
    if implements?(mod, :fetch, 2) do
      case mod.fetch(container, key) do
        {:ok, value} -> value
        :error -> default
      end
    else
      no_access(mod, :fetch, [container, key], {:get, 3, 288})
    end
  end

  def get(map, key, default) when is_map(map) do
    case map do
      %{^key => value} -> value
      _ -> default
    end
  end

  def get(list, key, default) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> value
      false -> default
    end
  end

  def get(list, key, _default) when is_list(list) do
    __at_line__(313, raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key)))
  end

  def get(nil, _key, default), do: default

  def fetch(%{__struct__: mod} = container, key) when is_atom(mod) do
    if implements?(mod, :fetch, 2), do: mod.fetch(container, key), else: no_access(mod, :fetch, [container, key], {:fetch, 2, 212})
  end

  def fetch(map, key) when is_map(map) do
    case map do
      %{^key => value} -> {:ok, value}
      _ -> :error
    end
  end

  def fetch(list, key) when is_list(list) and is_atom(key) do
    case :lists.keyfind(key, 1, list) do
      {_, value} -> {:ok, value}
      false -> :error
    end
  end

  def fetch(list, key) when is_list(list) do
    __at_line__(233, raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key)))
  end

  def fetch(nil, _key), do: :error

  def fetch!(container, key) do
    case __at_line__(254, fetch(container, key)) do
      {:ok, value} -> value
      :error -> __at_line__(256, raise(KeyError, key: key, term: container))
    end
  end

  def get_and_update(%{__struct__: mod} = container, key, fun) when is_atom(mod) do
    if implements?(mod, :get_and_update, 3), do: mod.get_and_update(container, key, fun), else: no_access(mod, :get_and_update, [container, key, fun], {:get_and_update, 3, 349})
  end

  # (a map's goes through Map.get_and_update/3 as Elixir's, whose frame then shows)
  def get_and_update(map, key, fun) when is_map(map), do: Map.get_and_update(map, key, fun)

  # (Keyword's own clauses refuse a key that is no atom, as in Elixir)
  def get_and_update(list, key, fun) when is_list(list), do: Keyword.get_and_update(list, key, fun)

  def get_and_update(nil, key, _fun) do
    __at_line__(368, raise(ArgumentError, "could not put/update key " <> inspect(key) <> " on a nil value"))
  end


  def pop(%{__struct__: mod} = container, key) when is_atom(mod) do
    if implements?(mod, :pop, 2), do: mod.pop(container, key), else: no_access(mod, :pop, [container, key], {:pop, 2, 399})
  end

  def pop(map, key) when is_map(map) do
    case map do
      %{^key => value} -> {value, :maps.remove(key, map)}
      _ -> {nil, map}
    end
  end

  def pop(list, key) when is_list(list), do: Keyword.pop(list, key)

  def pop(nil, _key), do: {nil, nil}

  defp implements?(mod, fun, arity), do: Code.ensure_loaded?(mod) and function_exported?(mod, fun, arity)

  # as Elixir's: the call of the missing function heads the trace, over the Access function that made
  # it (at its line in Elixir's lib/access.ex), over the caller
  defp no_access(mod, fun, args, {name, arity, line}) do
    exception = %UndefinedFunctionError{
      module: mod,
      function: fun,
      arity: length(args),
      reason:
        inspect(mod) <>
          " does not implement the Access behaviour. If you are using get_in/put_in/update_in, you can specify the field to be accessed using Access.key!/1"
    }

    callers =
      try do
        throw(:callers)
      catch
        :callers -> tl(__STACKTRACE__)
      end

    # (a trace holds 8 entries at most, the BEAM's backtrace_depth)
    trace = Enum.take([{mod, fun, args, []}, {Access, name, arity, [file: 'lib/access.ex', line: line]} | callers], 8)
    :erlang.raise(:error, exception, trace)
  end

  # ------------------------------------------------------------ accessors

  def key(key, default \\ nil) do
    fn
      :get, data, next ->
        next.(Map.get(data, key, default))

      :get_and_update, data, next ->
        value = Map.get(data, key, default)

        case next.(value) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end
    end
  end

  # (its fn's lines are Elixir 1.14's lib/access.ex lines, as frames show them)
  def key!(key) do
    fn
      :get, %{} = data, next ->
        __at_line__(503, next.(Map.fetch!(data, key)))

      :get_and_update, %{} = data, next ->
        value = __at_line__(506, Map.fetch!(data, key))

        case __at_line__(508, next.(value)) do
          {get, update} -> {get, Map.put(data, key, update)}
          :pop -> {value, Map.delete(data, key)}
        end

      _op, data, _next ->
        __at_line__(514, raise("Access.key!/1 expected a map/struct, got: " <> inspect(data)))
    end
  end

  def elem(index) when is_integer(index) and index >= 0 do
    pos = index + 1

    # (its fn's lines are Elixir 1.14's lib/access.ex lines, as frames show them)
    fn
      :get, data, next when is_tuple(data) ->
        __at_line__(553, next.(:erlang.element(pos, data)))

      :get_and_update, data, next when is_tuple(data) ->
        value = __at_line__(556, :erlang.element(pos, data))

        case __at_line__(558, next.(value)) do
          {get, update} -> {get, :erlang.setelement(pos, data, update)}
          :pop -> __at_line__(560, raise("cannot pop data from a tuple"))
        end

      _op, data, _next ->
        __at_line__(564, raise("Access.elem/1 expected a tuple, got: " <> inspect(data)))
    end
  end

  # all/0, at/1, at!/1, filter/1 and slice/1 return a fn that tail-calls a private function of the
  # same name, as Elixir 1.14's do: a failure's frame is Access.all/3 (at/4 ...) at Elixir's line
  def all(), do: &all/3

  defp all(:get, data, next) when is_list(data), do: Enum.map(data, next)

  defp all(:get_and_update, data, next) when is_list(data) do
    {gets, updates} =
      Enum.reduce(data, {[], []}, fn x, {gets, updates} ->
        case next.(x) do
          {get, update} -> {[get | gets], [update | updates]}
          :pop -> {[x | gets], updates}
        end
      end)

    {:lists.reverse(gets), :lists.reverse(updates)}
  end

  defp all(_op, data, _next), do: __at_line__(615, raise("Access.all/0 expected a list, got: " <> inspect(data)))

  def at(index) when is_integer(index), do: fn op, data, next -> at(op, data, index, next) end

  defp at(:get, data, index, next) when is_list(data), do: next.(Enum.at(data, index))
  defp at(:get_and_update, data, index, next) when is_list(data), do: at_get_and_update(data, index, next)
  defp at(_op, data, _index, _next), do: __at_line__(690, raise("Access.at/1 expected a list, got: " <> inspect(data)))

  def at!(index) when is_integer(index), do: fn op, data, next -> at!(op, data, index, next) end

  defp at!(op, data, index, next) when is_list(data) do
    case Enum.fetch(data, index) do
      {:ok, value} when op == :get -> next.(value)
      {:ok, _} -> at_get_and_update(data, index, next)
      :error -> raise Enum.OutOfBoundsError
    end
  end

  defp at!(_op, data, _index, _next), do: __at_line__(748, raise("Access.at!/1 expected a list, got: " <> inspect(data)))

  defp at_get_and_update(list, index, next) when index < 0 do
    {get, rev} = at_get_and_update(:lists.reverse(list), -index - 1, next)
    {get, :lists.reverse(rev)}
  end

  defp at_get_and_update(list, index, next), do: at_loop(list, index, next, [])

  defp at_loop([], _index, _next, acc), do: {nil, :lists.reverse(acc)}

  defp at_loop([h | t], 0, next, acc) do
    case next.(h) do
      {get, update} -> {get, :lists.reverse(acc, [update | t])}
      :pop -> {h, :lists.reverse(acc, t)}
    end
  end

  defp at_loop([h | t], index, next, acc), do: at_loop(t, index - 1, next, [h | acc])

  def filter(func) when is_function(func), do: fn op, data, next -> filter(op, data, func, next) end

  defp filter(:get, data, func, next) when is_list(data), do: data |> Enum.filter(func) |> Enum.map(next)

  defp filter(:get_and_update, data, func, next) when is_list(data) do
    {gets, updates} =
      Enum.reduce(data, {[], []}, fn x, {gets, updates} ->
        if func.(x) do
          case next.(x) do
            {get, update} -> {[get | gets], [update | updates]}
            :pop -> {[x | gets], updates}
          end
        else
          {gets, [x | updates]}
        end
      end)

    {:lists.reverse(gets), :lists.reverse(updates)}
  end

  defp filter(_op, data, _func, _next), do: __at_line__(812, raise("Access.filter/1 expected a list, got: " <> inspect(data)))

  def slice(%Range{} = range) do
    if range.step > 0 do
      fn op, data, next -> slice(op, data, range, next) end
    else
      __at_line__(887, raise(ArgumentError, "Access.slice/1 does not accept ranges with negative steps, got: #{inspect(range)}"))
    end
  end

  defp slice(:get, data, range, next) when is_list(data), do: data |> Enum.slice(range) |> Enum.map(next)

  defp slice(:get_and_update, data, range, next) when is_list(data) do
    %{first: first, last: last} = range
    count = length(data)
    first = if first < 0, do: first + count, else: first
    last = if last < 0, do: last + count, else: last

    {gets, updates} =
      data
      |> Enum.with_index()
      |> Enum.reduce({[], []}, fn {x, i}, {gets, updates} ->
        if i >= first and i <= last and rem(i - first, range.step) == 0 do
          case next.(x) do
            {get, update} -> {[get | gets], [update | updates]}
            :pop -> {[x | gets], updates}
          end
        else
          {gets, [x | updates]}
        end
      end)

    {:lists.reverse(gets), :lists.reverse(updates)}
  end

  defp slice(_op, data, _range, _next), do: __at_line__(909, raise(ArgumentError, "Access.slice/1 expected a list, got: " <> inspect(data)))
end
