defprotocol Inspect do
  @moduledoc """
  The Inspect protocol converts a term to its textual representation. Built-in terms are printed
  by the `inspect` BIF; a user's `defimpl Inspect` for a struct returns a string (or a document
  built with the string-based Inspect.Algebra below). `Inspect.Walker.inspect/2` walks a term and
  calls user implementations for the structs that have one.
  """
  @fallback_to_any true

  def inspect(term, opts)
end

defimpl Inspect, for: Any do
  def inspect(term, opts), do: Kernel.inspect(term, Inspect.Opts.to_keyword(opts))
end

defmodule Inspect.Opts do
  defstruct base: :decimal,
            binaries: :infer,
            char_lists: :infer,
            charlists: :infer,
            custom_options: [],
            inspect_fun: nil,
            limit: 50,
            pretty: false,
            printable_limit: 4096,
            safe: true,
            structs: true,
            syntax_colors: [],
            width: 80

  @doc false
  def new(%Inspect.Opts{} = opts), do: opts
  def new(opts) when is_list(opts), do: struct(Inspect.Opts, opts)

  @doc false
  def to_keyword(%Inspect.Opts{} = opts) do
    [
      base: opts.base,
      binaries: opts.binaries,
      charlists: opts.charlists,
      limit: opts.limit,
      pretty: opts.pretty,
      printable_limit: opts.printable_limit,
      structs: opts.structs,
      width: opts.width
    ]
  end

  def to_keyword(opts) when is_list(opts), do: opts
  def to_keyword(_), do: []
end

defmodule Inspect.Algebra do
  @moduledoc "A string-based subset of Elixir's document algebra: documents are plain strings."

  def empty(), do: ""
  def string(s) when is_binary(s), do: s
  def line(), do: "\n"
  def break(s \\ " "), do: s
  def concat(docs) when is_list(docs), do: :erlang.iolist_to_binary(docs)
  def concat(left, right), do: left <> right
  def glue(left, right), do: left <> " " <> right
  def glue(left, sep, right), do: left <> sep <> right
  def space(left, right), do: left <> " " <> right
  def line(left, right), do: left <> "\n" <> right
  def nest(doc, _level), do: doc
  def nest(doc, _level, _mode), do: doc
  def group(doc), do: doc
  def group(doc, _mode), do: doc
  def color(doc, _key, _opts), do: doc
  def format(doc, _width), do: doc
  def fold_doc([], _fun), do: ""
  def fold_doc([doc], _fun), do: doc
  def fold_doc([doc | docs], fun), do: fun.(doc, fold_doc(docs, fun))

  def to_doc(term, opts), do: Inspect.Walker.inspect(term, opts)

  # Breaks never break here: a flex break, a forced unfit group or a collapsed run of lines is
  # laid out as the document would be when it fits on one line.
  def flex_break(s \\ " ") when is_binary(s), do: s
  def flex_glue(left, right), do: flex_glue(left, " ", right)
  def flex_glue(left, sep, right) when is_binary(sep), do: left <> sep <> right
  def force_unfit(doc), do: doc
  def next_break_fits(doc, mode \\ :enabled) when mode in [:enabled, :disabled], do: doc
  def collapse_lines(max) when is_integer(max) and max > 0, do: ""

  @doc "A document shown whole even where the limit has been reached (here: the document)."
  def no_limit(doc), do: doc

  @doc "Is `doc` a document (a string, :doc_nil, :doc_line or a document tuple)?"
  defguard is_doc(doc)
           when is_binary(doc) or doc in [:doc_nil, :doc_line] or
                  (is_tuple(doc) and tuple_size(doc) > 0 and
                     elem(doc, 0) in [:doc_string, :doc_cons, :doc_nest, :doc_break, :doc_group, :doc_color,
                       :doc_force, :doc_fits, :doc_collapse, :doc_limit])

  @doc false
  # deprecated in 1.14: container_doc/6 replaces both
  def surround(left, doc, right), do: left <> doc <> right

  @doc false
  def surround_many(left, docs, right, opts, fun, separator \\ ",") do
    container_doc(left, docs, right, opts, fun, separator: separator)
  end

  def container_doc(left, collection, right, opts, fun, container_opts \\ []) do
    sep =
      case :lists.keyfind(:separator, 1, container_opts) do
        {:separator, s} -> s
        false -> ","
      end

    limit =
      case opts do
        %{limit: limit} -> limit
        _ -> :infinity
      end

    left <> Enum.join(container_each(collection, limit, opts, fun, []), sep <> " ") <> right
  end

  # each item is inspected with the limit that is left; past the limit, "..."
  defp container_each([], _limit, _opts, _fun, acc), do: :lists.reverse(acc)
  defp container_each(_, 0, _opts, _fun, acc), do: :lists.reverse(["..." | acc])

  defp container_each([term | terms], limit, opts, fun, acc) when is_list(terms) do
    limit = decrement(limit)
    container_each(terms, limit, opts, fun, [fun.(term, with_limit(opts, limit)) | acc])
  end

  defp container_each([left | right], limit, opts, fun, acc) do
    limit = decrement(limit)
    item = fun.(left, with_limit(opts, limit)) <> " | " <> fun.(right, with_limit(opts, limit))
    :lists.reverse([item | acc])
  end

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  defp with_limit(%{limit: _} = opts, limit), do: %{opts | limit: limit}
  defp with_limit(opts, _limit), do: opts
end

defmodule Inspect.Walker do
  @moduledoc false
  # Inspects a term, calling user `defimpl Inspect` implementations for the structs that have
  # one (anywhere inside the term) and the `inspect` BIF for everything else. The VM may route
  # Kernel.inspect/2 here when a term holds such structs.

  @doc false
  # Kernel.inspect/2 of a term holding structs with a user implementation: render those here,
  # then let the BIF lay out the whole term with the rendered texts.
  def __inspect__(term, kw) when is_list(kw), do: Inspect.Walker.__format__(term, kw, custom_docs(term, Inspect.Opts.new(kw), []))

  @doc false
  def __io_inspect__(device, term, kw) when is_list(kw) do
    Inspect.Walker.__io_format__(device, term, kw, custom_docs(term, Inspect.Opts.new(kw), []))
  end

  defp custom_docs(%{__struct__: mod} = s, opts, acc) when is_atom(mod) do
    case impl_for(s) do
      nil -> custom_docs_list(:maps.values(s), opts, acc)
      impl -> [{s, to_string_doc(impl.inspect(s, opts))} | acc]
    end
  end

  defp custom_docs(m, opts, acc) when is_map(m) do
    custom_docs_list(:maps.values(m), opts, custom_docs_list(:maps.keys(m), opts, acc))
  end

  defp custom_docs(t, opts, acc) when is_tuple(t), do: custom_docs_list(:erlang.tuple_to_list(t), opts, acc)
  defp custom_docs(l, opts, acc) when is_list(l), do: custom_docs_list(l, opts, acc)
  defp custom_docs(_, _opts, acc), do: acc

  defp custom_docs_list([h | t], opts, acc), do: custom_docs_list(t, opts, custom_docs(h, opts, acc))
  defp custom_docs_list(_, _opts, acc), do: acc

  def inspect(term, opts) do
    kw = Inspect.Opts.to_keyword(opts)

    if needs_walk?(term) do
      walk(term, Inspect.Opts.new(kw), kw)
    else
      Kernel.inspect(term, kw)
    end
  end

  defp impl_for(%{__struct__: mod}) when mod == Range or mod == MapSet, do: nil

  defp impl_for(%{__struct__: mod}) when is_atom(mod) do
    impl = String.to_atom("Elixir.Inspect." <> trim_elixir(Atom.to_string(mod)))

    if :erlang.function_exported(impl, :inspect, 2), do: impl, else: nil
  end

  defp impl_for(_), do: nil

  defp trim_elixir("Elixir." <> rest), do: rest
  defp trim_elixir(other), do: other

  defp needs_walk?(%{__struct__: _} = s) do
    case impl_for(s) do
      nil -> needs_walk_list?(:maps.values(s))
      _ -> true
    end
  end

  defp needs_walk?(m) when is_map(m), do: needs_walk_list?(:maps.keys(m)) or needs_walk_list?(:maps.values(m))
  defp needs_walk?(t) when is_tuple(t), do: needs_walk_list?(:erlang.tuple_to_list(t))
  defp needs_walk?(l) when is_list(l), do: needs_walk_list?(l)
  defp needs_walk?(_), do: false

  defp needs_walk_list?([h | t]), do: needs_walk?(h) or needs_walk_list?(t)
  defp needs_walk_list?(_), do: false

  defp walk(term, opts, kw) do
    if needs_walk?(term), do: walk_container(term, opts, kw), else: Kernel.inspect(term, kw)
  end

  defp walk_container(%{__struct__: mod} = s, opts, kw) do
    case impl_for(s) do
      nil ->
        fields = :maps.to_list(:maps.remove(:__struct__, s))
        "%" <> Kernel.inspect(mod) <> "{" <> kw_pairs(fields, opts, kw) <> "}"

      impl ->
        to_string_doc(impl.inspect(s, opts))
    end
  end

  defp walk_container(m, opts, kw) when is_map(m) do
    pairs = :maps.to_list(m)

    if all_atom_keys?(pairs) do
      "%{" <> kw_pairs(pairs, opts, kw) <> "}"
    else
      "%{" <> Enum.map_join(pairs, ", ", fn {k, v} -> walk(k, opts, kw) <> " => " <> walk(v, opts, kw) end) <> "}"
    end
  end

  defp walk_container(t, opts, kw) when is_tuple(t) do
    "{" <> Enum.map_join(:erlang.tuple_to_list(t), ", ", fn x -> walk(x, opts, kw) end) <> "}"
  end

  defp walk_container(l, opts, kw) when is_list(l) do
    if all_atom_keys?(l) and l != [] do
      "[" <> kw_pairs(l, opts, kw) <> "]"
    else
      "[" <> Enum.map_join(l, ", ", fn x -> walk(x, opts, kw) end) <> "]"
    end
  end

  defp all_atom_keys?([]), do: true
  defp all_atom_keys?([{k, _} | t]) when is_atom(k), do: all_atom_keys?(t)
  defp all_atom_keys?(_), do: false

  defp kw_pairs(pairs, opts, kw) do
    Enum.map_join(pairs, ", ", fn {k, v} -> key_string(k) <> " " <> walk(v, opts, kw) end)
  end

  # "[a: 0]" -> "a:", so quoting of odd atoms follows the BIF
  defp key_string(k) do
    s = Kernel.inspect([{k, 0}])
    binary_part(s, 1, byte_size(s) - 4)
  end

  defp to_string_doc(doc) when is_binary(doc), do: doc
  defp to_string_doc(doc) when is_list(doc), do: :erlang.iolist_to_binary(doc)
end
