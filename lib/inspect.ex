defprotocol Inspect do
  @moduledoc """
  The Inspect protocol converts a term to its textual representation. Built-in terms are printed
  by the `inspect` BIF; a user's `defimpl Inspect` for a struct returns a string (or a document
  built with Inspect.Algebra below). `Inspect.Walker` walks a term and
  calls user implementations for the structs that have one.
  """
  @fallback_to_any true

  def inspect(term, opts)
end

defimpl Inspect, for: Any do
  def inspect(term, opts), do: Inspect.Walker.__any_doc__(term, opts)
end

defmodule Inspect.Opts do
  defstruct base: :decimal,
            binaries: :infer,
            char_lists: :infer,
            charlists: :infer,
            custom_options: [],
            inspect_fun: &Inspect.inspect/2,
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
      syntax_colors: opts.syntax_colors,
      width: opts.width
    ]
  end

  def to_keyword(opts) when is_list(opts), do: opts
  def to_keyword(_), do: []
end

defmodule Inspect.Algebra do
  @moduledoc """
  Elixir 1.14's document algebra: documents are the same terms as Elixir's (binaries, `:doc_nil`,
  `:doc_line` and `{:doc_cons, left, right}`-style tuples) and are laid out by the VM's renderer
  (vm/inspect_algebra.ts), inside a term around them or by `format/2`.
  """

  @container_separator ","
  @tail_separator " |"

  @doc "Is `doc` a document (a string, :doc_nil, :doc_line or a document tuple)?"
  defguard is_doc(doc)
           when is_binary(doc) or doc in [:doc_nil, :doc_line] or
                  (is_tuple(doc) and tuple_size(doc) > 0 and
                     elem(doc, 0) in [:doc_string, :doc_cons, :doc_nest, :doc_break, :doc_group, :doc_color,
                       :doc_force, :doc_fits, :doc_collapse, :doc_limit])

  def empty(), do: :doc_nil
  def string(s) when is_binary(s), do: {:doc_string, s, String.length(s)}
  def line(), do: :doc_line
  def break(s \\ " ") when is_binary(s), do: {:doc_break, s, :strict}
  def flex_break(s \\ " ") when is_binary(s), do: {:doc_break, s, :flex}

  def concat(docs) when is_list(docs), do: fold_doc(docs, &concat(&1, &2))
  def concat(left, right) when is_doc(left) and is_doc(right), do: {:doc_cons, left, right}

  def glue(left, sep \\ " ", right) when is_binary(sep), do: concat(left, concat(break(sep), right))
  def flex_glue(left, sep \\ " ", right) when is_binary(sep), do: concat(left, concat(flex_break(sep), right))
  def space(left, right), do: concat(left, concat(" ", right))
  def line(left, right), do: concat(left, concat(:doc_line, right))

  def nest(doc, level, mode \\ :always)
  def nest(doc, :cursor, mode) when is_doc(doc) and mode in [:always, :break], do: {:doc_nest, doc, :cursor, mode}
  def nest(doc, :reset, mode) when is_doc(doc) and mode in [:always, :break], do: {:doc_nest, doc, :reset, mode}
  def nest(doc, 0, _mode) when is_doc(doc), do: doc

  def nest(doc, level, mode) when is_doc(doc) and is_integer(level) and level > 0 and mode in [:always, :break],
    do: {:doc_nest, doc, level, mode}

  def group(doc, mode \\ :self) when is_doc(doc) and mode in [:self, :inherit], do: {:doc_group, doc, mode}
  def force_unfit(doc) when is_doc(doc), do: {:doc_force, doc}
  def next_break_fits(doc, mode \\ :enabled) when is_doc(doc) and mode in [:enabled, :disabled], do: {:doc_fits, doc, mode}
  def collapse_lines(max) when is_integer(max) and max > 0, do: {:doc_collapse, max}

  @doc "A document shown whole even where the limit has been reached."
  def no_limit(doc) when is_doc(doc), do: {:doc_limit, doc, :infinity}

  def color(doc, color_key, %Inspect.Opts{syntax_colors: syntax_colors}) when is_doc(doc) do
    if precolor = Keyword.get(syntax_colors, color_key) do
      postcolor = Keyword.get(syntax_colors, :reset, :reset)
      concat({:doc_color, doc, precolor}, {:doc_color, :doc_nil, postcolor})
    else
      doc
    end
  end

  def fold_doc(docs, folder_fun)
  def fold_doc([], _folder_fun), do: :doc_nil
  def fold_doc([doc], _folder_fun), do: doc
  def fold_doc([doc | docs], folder_fun) when is_function(folder_fun, 2), do: folder_fun.(doc, fold_doc(docs, folder_fun))

  @doc "Formats a document for the given width (an integer or :infinity): a list of binaries."
  def format(doc, width) when is_doc(doc) and (width == :infinity or (is_integer(width) and width >= 0)) do
    Inspect.Algebra.__format__(doc, width)
  end

  def to_doc(term, %Inspect.Opts{} = opts), do: Inspect.Walker.__doc__(term, opts)

  @doc false
  # deprecated in 1.14: container_doc/6 replaces both
  def surround(left, doc, right) when is_doc(left) and is_doc(doc) and is_doc(right) do
    concat(concat(left, nest(doc, 1)), right)
  end

  @doc false
  def surround_many(left, docs, right, %Inspect.Opts{} = inspect, fun, separator \\ @container_separator)
      when is_doc(left) and is_list(docs) and is_doc(right) and is_function(fun, 2) do
    container_doc(left, docs, right, inspect, fun, separator: separator)
  end

  def container_doc(left, collection, right, inspect_opts, fun, opts \\ [])
      when is_doc(left) and is_list(collection) and is_doc(right) and is_function(fun, 2) and is_list(opts) do
    case collection do
      [] ->
        concat(left, right)

      _ ->
        break = Keyword.get(opts, :break, :maybe)
        separator = Keyword.get(opts, :separator, @container_separator)
        limit = limit_of(inspect_opts)
        {docs, simple?} = __at_line__(449, container_each(collection, limit, inspect_opts, fun, [], break == :maybe))
        flex? = simple? or break == :flex
        docs = fold_doc(docs, &join(&1, &2, flex?, separator))

        if flex? do
          group(concat(concat(left, nest(docs, 1)), right))
        else
          group(glue(nest(glue(left, "", docs), 2), "", right))
        end
    end
  end

  defp limit_of(%{limit: limit}), do: limit
  defp limit_of(_), do: :infinity

  # each item gets the limit that is left; past the limit, "..."
  defp container_each([], _limit, _opts, _fun, acc, simple?), do: {:lists.reverse(acc), simple?}
  defp container_each(_, 0, _opts, _fun, acc, simple?), do: {:lists.reverse(["..." | acc]), simple?}

  # (no clause for a negative limit, as in Elixir)
  defp container_each([term | terms], limit, opts, fun, acc, simple?)
       when is_list(terms) and (limit == :infinity or (is_integer(limit) and limit >= 0)) do
    new_limit = decrement(limit)
    doc = __at_line__(472, fun.(term, with_limit(opts, new_limit)))
    # an item that renders as nothing does not count towards the limit
    limit = if doc == :doc_nil, do: limit, else: new_limit
    container_each(terms, limit, opts, fun, [doc | acc], simple? and simple?(doc))
  end

  defp container_each([left | right], limit, opts, fun, acc, simple?)
       when limit == :infinity or (is_integer(limit) and limit >= 0) do
    limit = decrement(limit)
    left = __at_line__(479, fun.(left, with_limit(opts, limit)))
    right = __at_line__(480, fun.(right, with_limit(opts, limit)))
    simple? = simple? and simple?(left) and simple?(right)
    doc = join(left, right, simple?, @tail_separator)
    {:lists.reverse([doc | acc]), simple?}
  end

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  defp with_limit(%{limit: _} = opts, limit), do: %{opts | limit: limit}
  defp with_limit(opts, _limit), do: opts

  defp join(:doc_nil, :doc_nil, _, _), do: :doc_nil
  defp join(left, :doc_nil, _, _), do: left
  defp join(:doc_nil, right, _, _), do: right
  defp join(left, right, true, sep), do: flex_glue(concat(left, sep), right)
  defp join(left, right, false, sep), do: glue(concat(left, sep), right)

  defp simple?({:doc_cons, left, right}), do: simple?(left) and simple?(right)
  defp simple?({:doc_color, doc, _}), do: simple?(doc)
  defp simple?({:doc_string, _, _}), do: true
  defp simple?(:doc_nil), do: true
  defp simple?(other), do: is_binary(other)
end

defmodule Inspect.Walker do
  @moduledoc false
  # Inspects a term, calling user `defimpl Inspect` implementations for the structs that have
  # one (anywhere inside the term) and the `inspect` BIF for everything else: the documents the
  # implementations return are laid out by the VM inside the term's own document. The VM routes
  # Kernel.inspect/2 and IO.inspect here when a term holds such structs.

  @doc false
  def __inspect__(term, kw) when is_list(kw), do: Inspect.Walker.__format__(term, kw, custom_docs(term, Inspect.Opts.new(kw), false, {:inspect, callers()}))

  @doc false
  def __io_inspect__(device, term, kw) when is_list(kw) do
    Inspect.Walker.__io_format__(device, term, kw, custom_docs(term, Inspect.Opts.new(kw), false, {:io_inspect, callers()}))
  end

  @doc false
  # Inspect.Algebra.to_doc/2: the term's document, with the user implementations' documents inside
  def __doc__(term, opts) do
    opts = Inspect.Opts.new(Inspect.Opts.to_keyword(opts))
    Inspect.Walker.__to_doc__(term, Inspect.Opts.to_keyword(opts), custom_docs(term, opts, false))
  end

  @doc false
  # Inspect.Any.inspect/2: a struct as its fields, whatever implementation its module has
  def __any_doc__(%{__struct__: mod} = s, opts) when is_atom(mod) do
    opts = Inspect.Opts.new(Inspect.Opts.to_keyword(opts))
    Inspect.Walker.__to_doc__(s, Inspect.Opts.to_keyword(opts), custom_docs(s, opts, true))
  end

  def __any_doc__(term, opts), do: __doc__(term, opts)

  # each struct with a user implementation, rendered with the options it is inspected with where
  # the term holds it (as Inspect's containers do, an element's limit is the container's less its
  # position): {struct, limit, document}
  # the frames under the inspect call (a failing implementation's Inspect.Error shows them, where its
  # own stack trace, cut at 8 frames under the walker's, would not reach them)
  defp callers do
    {:current_stacktrace, frames} = Process.info(self(), :current_stacktrace)
    Enum.drop_while(frames, fn {m, _, _, _} -> m in [Process, Inspect.Walker] end)
  end

  defp custom_docs(term, opts, any_top?, entry \\ {:doc, []}) do
    for {s, limit, path, charlists} <- Inspect.Walker.__sites__(term, Inspect.Opts.to_keyword(opts), any_top?),
        impl = impl_for(s),
        impl != nil,
        do: {s, limit, impl_doc(impl, s, %{opts | limit: limit, charlists: charlists}, entry, path)}
  end

  # a user implementation that raises gives, as Inspect.Algebra.to_doc/2 does, an Inspect.Error:
  # printed in the struct's place (raised with safe: false), its stack trace that of the failure
  # up to the implementation, then to_doc/2's frame, the frames of the containers around the struct
  # (path: Inspect.Algebra.container_doc/6's ...) and the caller's (IO.inspect/3, inspect/2)
  # (while an Inspect.Error is made, one failing again is shown as a map, as to_doc/2 traps it)
  defp impl_doc(impl, s, opts, entry, path) do
    impl.inspect(s, opts)
  rescue
    e ->
      if Process.get(:inspect_trap), do: map_doc(s, opts), else: error_doc(e, __STACKTRACE__, s, opts, entry, path)
  end

  defp error_doc(e, stacktrace, s, opts, entry, path) do
    own = Enum.take_while(stacktrace, fn {m, _, _, _} -> m != Inspect.Walker end)
    {kind, callers} = entry
    to_doc = {Inspect.Algebra, :to_doc, 2, [file: 'lib/inspect/algebra.ex', line: 341]}
    stacktrace = Enum.take(own ++ [to_doc | path] ++ entry_frames(kind) ++ callers, 8)
    # (the struct as a map laid out at the caller's width, as to_doc/2 formats it; the structs in
    # it through their implementations, and the message may inspect the struct again: while it
    # is made, as to_doc/2 traps it, one whose implementation fails is shown as a map)
    inspected = trapped(fn -> map_doc(s, %{opts | syntax_colors: []}) |> Inspect.Algebra.format(opts.width) |> IO.iodata_to_binary() end)
    error = trapped(fn -> Inspect.Error.exception(exception: e, stacktrace: stacktrace, inspected_struct: inspected) end)
    if opts.safe, do: trapped(fn -> Inspect.Inspect.Error.inspect(error, opts) end), else: reraise(error, stacktrace)
  end

  # Inspect.Map.inspect/2 of a struct: its fields as a map's
  defp map_doc(s, opts), do: Inspect.Walker.__map_doc__(s, Inspect.Opts.to_keyword(opts), custom_docs(s, opts, :map))

  defp trapped(fun) do
    if Process.get(:inspect_trap) do
      fun.()
    else
      try do
        Process.put(:inspect_trap, true)
        fun.()
      after
        Process.delete(:inspect_trap)
      end
    end
  end

  defp entry_frames(:io_inspect), do: [{IO, :inspect, 3, [file: 'lib/io.ex', line: 465]}]
  defp entry_frames(:inspect), do: [{Kernel, :inspect, 2, [file: 'lib/kernel.ex', line: 2254]}]
  defp entry_frames(_), do: []

  # (the standard library's structs come here only when their implementation, lib/inspect_impls.ex,
  # raises for the term: vm/bifs/elixir_core.ts builtinImplRaises)
  defp impl_for(%{__struct__: mod}) when is_atom(mod) do
    impl = String.to_atom("Elixir.Inspect." <> trim_elixir(Atom.to_string(mod)))

    if :erlang.function_exported(impl, :inspect, 2), do: impl, else: nil
  end

  defp impl_for(_), do: nil

  defp trim_elixir("Elixir." <> rest), do: rest
  defp trim_elixir(other), do: other
end
