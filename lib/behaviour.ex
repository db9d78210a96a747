defmodule Behaviour do
  @moduledoc """
  Elixir 1.14's deprecated Behaviour: `use Behaviour` warns as the module body runs, imports
  defcallback/defmacrocallback (which become @callback/@macrocallback) and defines
  `__behaviour__/1` (:callbacks from behaviour_info/1, :docs from the module's docs chunk).
  """

  defmacro defcallback(spec) do
    {spec, return, guards} = split_spec(spec, quote(do: term))
    callback(:def, spec, return, guards)
  end

  defmacro defmacrocallback(spec) do
    {spec, return, guards} = split_spec(spec, quote(do: Macro.t()))
    callback(:defmacro, spec, return, guards)
  end

  defp split_spec({:when, _, [{:"::", _, [spec, return]}, guards]}, _default), do: {spec, return, guards}
  defp split_spec({:when, _, [spec, guards]}, default), do: {spec, default, guards}
  defp split_spec({:"::", _, [spec, return]}, _default), do: {spec, return, []}
  defp split_spec(spec, default), do: {spec, default, []}

  defp callback(kind, spec, return, guards) do
    case Macro.decompose_call(spec) do
      {name, args} ->
        Enum.each(args, fn
          {:"::", _, [left, right]} ->
            no_default(left)
            no_default(right)

          other ->
            no_default(other)
        end)

        head = quote(do: unquote(name)(unquote_splicing(args)) :: unquote(return))
        typed = if guards == [], do: head, else: quote(do: unquote(head) when unquote(guards))

        case kind do
          :def -> quote(do: @callback(unquote(typed)))
          :defmacro -> quote(do: @macrocallback(unquote(typed)))
        end

      _ ->
        raise ArgumentError, "invalid syntax in #{kind}callback #{Macro.to_string(spec)}"
    end
  end

  defp no_default({:\\, _, [_, _]}) do
    raise ArgumentError, "default arguments \\\\ not supported in defcallback/defmacrocallback"
  end

  defp no_default(_), do: :ok

  @doc false
  defmacro __using__(_) do
    quote do
      IO.warn(
        "the Behaviour module is deprecated. Instead of using this module, " <>
          "use the @callback and @macrocallback module attributes. See the " <>
          "documentation for Module for more information on these attributes"
      )

      @doc false
      def __behaviour__(:callbacks), do: __MODULE__.behaviour_info(:callbacks)

      def __behaviour__(:docs) do
        {:docs_v1, _, :elixir, _, _, _, docs} = Code.fetch_docs(__MODULE__)

        for {{kind, name, arity}, line, _, doc, _} <- docs, kind in [:callback, :macrocallback] do
          {{name, arity}, line, if(kind == :callback, do: :def, else: :defmacro), __behaviour__doc_value(doc)}
        end
      end

      defp __behaviour__doc_value(:none), do: nil
      defp __behaviour__doc_value(:hidden), do: false
      defp __behaviour__doc_value(%{"en" => doc}), do: doc

      import unquote(__MODULE__)
    end
  end
end
