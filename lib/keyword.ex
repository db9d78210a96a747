defmodule Keyword do
  @moduledoc "The fun-taking half of Keyword; the first-order functions are BIFs."

  # as Elixir's: any enumerable, the last of duplicate keys wins (put_new on the reversed pairs),
  # failing where Elixir's fails (Enum.reverse/1, the match of a pair, Keyword.put_new/3's guard)
  def new(pairs), do: new(pairs, fn pair -> pair end)

  def new(pairs, transform) when is_function(transform, 1) do
    fun = fn el, acc ->
      {k, v} = transform.(el)
      Keyword.put_new(acc, k, v)
    end

    :lists.foldl(fun, [], Enum.reverse(pairs))
  end

  defp delete_key(list, key), do: for({k, _} = pair <- list, k != key, do: pair)

  def get_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> fun.()
    end
  end

  def put_new_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, fun.()} | keywords]
    end
  end

  def pop_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 0) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {value, delete_key(keywords, key)}
      false -> {fun.(), keywords}
    end
  end

  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    update_loop(keywords, key, default, fun, [])
  end

  defp update_loop([{key, current} | t], key, _default, fun, acc) do
    :lists.reverse(acc, [{key, fun.(current)} | delete_key(t, key)])
  end

  defp update_loop([h | t], key, default, fun, acc), do: update_loop(t, key, default, fun, [h | acc])
  defp update_loop([], key, default, _fun, acc), do: :lists.reverse(acc, [{key, default}])

  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    update_bang(keywords, key, fun, [], keywords)
  end

  defp update_bang([{key, current} | t], key, fun, acc, _orig) do
    :lists.reverse(acc, [{key, fun.(current)} | delete_key(t, key)])
  end

  defp update_bang([h | t], key, fun, acc, orig), do: update_bang(t, key, fun, [h | acc], orig)
  defp update_bang([], key, _fun, _acc, orig), do: raise(KeyError, key: key, term: orig)

  def replace_lazy(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> update!(keywords, key, fun)
      false -> keywords
    end
  end

  def get_and_update(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    get_and_update_loop(keywords, [], key, fun)
  end

  defp get_and_update_loop([{key, current} | t], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | t])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  defp get_and_update_loop([h | t], acc, key, fun), do: get_and_update_loop(t, [h | acc], key, fun)

  defp get_and_update_loop([], acc, key, fun) do
    case fun.(nil) do
      {get, update} -> {get, [{key, update} | :lists.reverse(acc)]}
      :pop -> {nil, :lists.reverse(acc)}
      other -> raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  def get_and_update!(keywords, key, fun) when is_list(keywords) and is_atom(key) and is_function(fun, 1) do
    get_and_update_bang(keywords, [], key, fun)
  end

  # unlike get_and_update/3, an update drops the key's later duplicates
  defp get_and_update_bang([{key, current} | t], acc, key, fun) do
    case fun.(current) do
      {get, value} -> {get, :lists.reverse(acc, [{key, value} | delete_key(t, key)])}
      :pop -> {current, :lists.reverse(acc, t)}
      other -> raise "the given function must return a two-element tuple or :pop, got: " <> inspect(other)
    end
  end

  defp get_and_update_bang([h | t], acc, key, fun), do: get_and_update_bang(t, [h | acc], key, fun)
  # Elixir 1.14 reports the pairs it walked, in reverse
  defp get_and_update_bang([], acc, key, _fun), do: raise(KeyError, key: key, term: acc)

  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) and is_function(fun, 3) do
    merge_loop(keywords1, keywords2, fun, [])
  end

  defp merge_loop([{k, v1} | t], kw2, fun, acc) do
    case :lists.keyfind(k, 1, kw2) do
      {^k, v2} -> merge_loop(t, delete_key(kw2, k), fun, [{k, fun.(k, v1, v2)} | acc])
      false -> merge_loop(t, kw2, fun, [{k, v1} | acc])
    end
  end

  defp merge_loop([], kw2, _fun, acc), do: :lists.reverse(acc, kw2)

  def filter(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    for pair <- keywords, fun.(pair), do: pair
  end

  def reject(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    for pair <- keywords, not fun.(pair), do: pair
  end

  def map(keywords, fun) when is_list(keywords) and is_function(fun, 1) do
    for {k, _} = pair <- keywords, do: {k, fun.(pair)}
  end

  def split(keywords, keys) when is_list(keywords) and is_list(keys) do
    {take, drop} =
      :lists.foldl(
        fn {k, v}, {take, drop} ->
          case :lists.member(k, keys) do
            true -> {[{k, v} | take], drop}
            false -> {take, [{k, v} | drop]}
          end
        end,
        {[], []},
        keywords
      )

    {:lists.reverse(take), :lists.reverse(drop)}
  end

  def validate(keywords, values) when is_list(keywords) and is_list(values) do
    validate_loop(keywords, values, [], [])
  end

  defp validate_loop([{key, _} = pair | rest], values, acc, bad) when is_atom(key) do
    case take_allowed(values, key, []) do
      {:ok, values} -> validate_loop(rest, values, [pair | acc], bad)
      :error -> validate_loop(rest, values, acc, [key | bad])
    end
  end

  defp validate_loop([], values, acc, []), do: {:ok, add_defaults(values, acc)}
  defp validate_loop([], _values, _acc, bad), do: {:error, bad}

  defp validate_loop([other | _], _values, _acc, _bad) do
    raise ArgumentError, "expected a keyword list as first argument, got invalid entry: " <> inspect(other)
  end

  defp take_allowed([key | rest], key, seen), do: {:ok, :lists.reverse(seen, rest)}
  defp take_allowed([{key, _} | rest], key, seen), do: {:ok, :lists.reverse(seen, rest)}
  defp take_allowed([other | rest], key, seen), do: take_allowed(rest, key, [other | seen])
  defp take_allowed([], _key, _seen), do: :error

  defp add_defaults([{key, default} | rest], acc), do: add_defaults(rest, [{key, default} | acc])
  defp add_defaults([key | rest], acc) when is_atom(key), do: add_defaults(rest, acc)
  defp add_defaults([], acc), do: acc

  def validate!(keywords, values) do
    case validate(keywords, values) do
      {:ok, keywords} ->
        keywords

      {:error, bad} ->
        keys = for value <- values, do: if(is_atom(value), do: value, else: elem(value, 0))

        raise ArgumentError,
              "unknown keys " <> inspect(bad) <> " in " <> inspect(keywords) <> ", the allowed keys are: " <> inspect(keys)
    end
  end

  def equal?(left, right) when is_list(left) and is_list(right), do: :lists.sort(left) == :lists.sort(right)

  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      false -> keywords
      _ -> replace_first(keywords, key, value)
    end
  end

  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      false -> raise KeyError, key: key, term: keywords
      _ -> replace_first(keywords, key, value)
    end
  end

  defp replace_first([{key, _} | rest], key, value), do: [{key, value} | Keyword.delete(rest, key)]
  defp replace_first([pair | rest], key, value), do: [pair | replace_first(rest, key, value)]

  # deprecated in Elixir 1.14
  @doc false
  def size(keywords), do: length(keywords)
  @doc false
  def map(keywords, fun) when is_list(keywords), do: Enum.map(keywords, fn {k, v} -> {k, fun.({k, v})} end)
  @doc false
  def delete(keywords, key, value) when is_list(keywords) and is_atom(key),
    do: for({k, v} = pair <- keywords, k != key or v != value, do: pair)

end
