defmodule Record do
  @moduledoc """
  Records as Elixir 1.14's Record: defrecord/defrecordp define a macro per record that builds,
  reads, updates, matches and indexes tagged tuples; is_record/1,2 work in guards.
  """

  # in a guard the argument is repeated; elsewhere it is evaluated once
  defmacro is_record(data) do
    if Macro.Env.in_guard?(__CALLER__) do
      quote do
        is_tuple(unquote(data)) and tuple_size(unquote(data)) > 0 and is_atom(elem(unquote(data), 0))
      end
    else
      quote do
        result = unquote(data)
        is_tuple(result) and tuple_size(result) > 0 and is_atom(elem(result, 0))
      end
    end
  end

  defmacro is_record(data, kind) do
    if Macro.Env.in_guard?(__CALLER__) do
      quote do
        is_atom(unquote(kind)) and is_tuple(unquote(data)) and tuple_size(unquote(data)) > 0 and
          elem(unquote(data), 0) == unquote(kind)
      end
    else
      quote do
        result = unquote(data)
        kind = unquote(kind)
        is_atom(kind) and is_tuple(result) and tuple_size(result) > 0 and elem(result, 0) == kind
      end
    end
  end

  @doc "The fields and defaults of record `name` in an Erlang file (`from:` a path, `from_lib:` an OTP app's file)."
  def extract(name, opts) when is_atom(name) and is_list(opts), do: Record.Extractor.extract(name, opts)

  @doc "Every record an Erlang file defines, as `[{name, fields}]`."
  def extract_all(opts) when is_list(opts), do: Record.Extractor.extract_all(opts)

  defmacro defrecord(name, tag \\ nil, kv), do: define(:defmacro, name, tag, kv)
  defmacro defrecordp(name, tag \\ nil, kv), do: define(:defmacrop, name, tag, kv)

  defp define(kind, name, tag, kv) do
    quote bind_quoted: [kind: kind, name: name, tag: tag, kv: kv] do
      fields = Record.__fields__(kind, kv)
      tag = tag || name

      case kind do
        :defmacro ->
          defmacro unquote(name)(args \\ []), do: Record.__access__(unquote(tag), unquote(Macro.escape(fields)), args, __CALLER__)
          defmacro unquote(name)(record, args), do: Record.__access__(unquote(tag), unquote(Macro.escape(fields)), record, args, __CALLER__)

        :defmacrop ->
          defmacrop unquote(name)(args \\ []), do: Record.__access__(unquote(tag), unquote(Macro.escape(fields)), args, __CALLER__)
          defmacrop unquote(name)(record, args), do: Record.__access__(unquote(tag), unquote(Macro.escape(fields)), record, args, __CALLER__)
      end
    end
  end

  @doc false
  # [{field, default}] from the keyword list (or list of atoms) given to defrecord
  def __fields__(kind, fields) do
    :lists.map(
      fn
        {key, value} when is_atom(key) -> {key, value}
        key when is_atom(key) -> {key, nil}
        other -> raise ArgumentError, "#{kind} fields must be atoms, got: #{inspect(other)}"
      end,
      fields
    )
  end

  @doc false
  # name(fields) builds (or, in a pattern, matches) the record; name(:field) is the field's
  # index; name(record) is the record as a keyword list
  def __access__(tag, fields, args, caller) do
    cond do
      is_atom(args) -> index(tag, fields, args)
      Keyword.keyword?(args) -> create(tag, fields, args, caller)
      true ->
        keys = Enum.map(fields, &elem(&1, 0))
        quote(do: Record.__keyword__(unquote(tag), unquote(keys), unquote(args)))
    end
  end

  @doc false
  # name(record, :field) reads a field; name(record, fields) updates them
  def __access__(tag, fields, record, args, caller) do
    cond do
      is_atom(args) ->
        quote(do: :erlang.element(unquote(index(tag, fields, args) + 1), unquote(record)))

      Keyword.keyword?(args) ->
        if Macro.Env.in_match?(caller) do
          raise ArgumentError, "cannot invoke update style macro inside match"
        end

        check_keys(tag, fields, args)
        var = Macro.unique_var(:record, __MODULE__)

        updated =
          Enum.reduce(args, var, fn {key, value}, acc ->
            quote(do: :erlang.setelement(unquote(index(tag, fields, key) + 1), unquote(acc), unquote(value)))
          end)

        quote do
          unquote(var) = unquote(record)
          unquote(updated)
        end

      true ->
        raise ArgumentError, "expected arguments to be a compile time atom or a keyword list, got: #{Macro.to_string(args)}"
    end
  end

  @doc false
  def __keyword__(tag, keys, record) when is_tuple(record) and tuple_size(record) == length(keys) + 1 and elem(record, 0) == tag do
    :lists.zip(keys, tl(Tuple.to_list(record)))
  end

  def __keyword__(tag, _keys, record) do
    raise ArgumentError, "expected argument to be a #{inspect(tag)} record with #{length(_keys)} fields, got: #{inspect(record)}"
  end

  defp index(tag, fields, key) do
    case Enum.find_index(fields, fn {k, _} -> k == key end) do
      nil -> raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(key)}"
      i -> i + 1
    end
  end

  defp check_keys(tag, fields, args) do
    for {key, _} <- args, not List.keymember?(fields, key, 0) do
      raise ArgumentError, "record #{inspect(tag)} does not have the key: #{inspect(key)}"
    end
  end

  defp create(tag, fields, args, caller) do
    check_keys(tag, fields, args)
    in_match = Macro.Env.in_match?(caller)

    values =
      Enum.map(fields, fn {key, default} ->
        case Keyword.fetch(args, key) do
          {:ok, value} -> value
          :error when in_match -> {:_, [], nil}
          :error -> Macro.escape(default)
        end
      end)

    {:{}, [], [tag | values]}
  end
end
