defmodule :beamlet_kernel_path_expansions do
  @moduledoc false
  # put_in/2, update_in/2, get_and_update_in/2 and pop_in/1 on a path (`data.a[:b]`) as
  # Macro.expand/2 shows Elixir's expansion: `.field` steps go through Map.update!/3 or
  # Map.get_and_update!/3, `[key]` steps through Access.get_and_update/3, each nested in the
  # previous step's fn. (The compiler compiles these forms itself.)

  defmacro put_in_(path, value) do
    case unnest(path) do
      {root, [_ | _] = steps} ->
        if Enum.all?(steps, &match?({:map, _}, &1)),
          do: update_chain(root, steps, quote(context: Kernel, do: fn _ -> unquote(value) end)),
          else: element2(get_and_update_chain(root, steps, quote(context: Kernel, do: fn _ -> {nil, unquote(value)} end)))

      _ ->
        raise ArgumentError, "expected expression given to put_in/2 to access at least one element, got: #{Macro.to_string(path)}"
    end
  end

  defmacro update_in_(path, fun) do
    case unnest(path) do
      {root, [_ | _] = steps} ->
        if Enum.all?(steps, &match?({:map, _}, &1)),
          do: update_chain(root, steps, fun),
          else: element2(get_and_update_chain(root, steps, quote(context: Kernel, do: fn x -> {nil, unquote(fun).(x)} end)))

      _ ->
        raise ArgumentError, "expected expression given to update_in/2 to access at least one element, got: #{Macro.to_string(path)}"
    end
  end

  defmacro get_and_update_in_(path, fun) do
    case unnest(path) do
      {root, [_ | _] = steps} -> get_and_update_chain(root, steps, fun)
      _ -> raise ArgumentError, "expected expression given to get_and_update_in/2 to access at least one element, got: #{Macro.to_string(path)}"
    end
  end

  defmacro pop_in_(path) do
    case unnest(path) do
      {root, [_ | _] = steps} ->
        case List.last(steps) do
          {:access, key} -> pop_chain(root, steps, key)
          {:map, field} -> raise ArgumentError, "cannot use pop_in when the last segment is a map/struct field. This would effectively remove the field #{Macro.to_string(field)} from the map/struct"
        end

      _ ->
        raise ArgumentError, "expected expression given to pop_in/1 to access at least one element, got: #{Macro.to_string(path)}"
    end
  end

  # `a.b[:c]` -> {a, [{:map, :b}, {:access, :c}]}
  defp unnest(expr), do: unnest(expr, [])

  defp unnest({{:., _, [Access, :get]}, _, [inner, key]}, acc), do: unnest(inner, [{:access, key} | acc])

  defp unnest({{:., _, [inner, key]}, _, []}, acc) when is_atom(key) and not is_atom(inner) do
    unnest(inner, [{:map, key} | acc])
  end

  defp unnest(root, acc), do: {root, acc}

  defp element2(expr), do: quote(context: Kernel, do: :erlang.element(2, unquote(expr)))

  # Map.update!(data, :a, fn x -> Map.update!(x, :b, fun) end)
  defp update_chain(data, [{:map, key}], fun), do: quote(context: Kernel, do: Map.update!(unquote(data), unquote(key), unquote(fun)))

  defp update_chain(data, [{:map, key} | rest], fun) do
    inner = update_chain(quote(context: Kernel, do: x), rest, fun)
    quote(context: Kernel, do: Map.update!(unquote(data), unquote(key), fn x -> unquote(inner) end))
  end

  defp get_and_update_chain(data, [step], fun), do: get_and_update(step, data, fun)

  defp get_and_update_chain(data, [step | rest], fun) do
    inner = get_and_update_chain(quote(context: Kernel, do: x), rest, fun)
    get_and_update(step, data, quote(context: Kernel, do: fn x -> unquote(inner) end))
  end

  defp get_and_update({:map, key}, data, fun), do: quote(context: Kernel, do: Map.get_and_update!(unquote(data), unquote(key), unquote(fun)))
  defp get_and_update({:access, key}, data, fun), do: quote(context: Kernel, do: Access.get_and_update(unquote(data), unquote(key), unquote(fun)))

  # the last [key] is popped; a nil container pops nothing (`:pop` inside an Access step, whose
  # fn answers for the container, `{nil, nil}` elsewhere)
  defp pop_chain(data, [{:access, _}], key), do: pop_nil(data, key, quote(context: Kernel, do: {nil, nil}))

  defp pop_chain(data, [step, {:access, _}], key) do
    nil_result = if match?({:access, _}, step), do: :pop, else: quote(context: Kernel, do: {nil, nil})
    get_and_update(step, data, quote(context: Kernel, do: fn x -> unquote(pop_nil(quote(context: Kernel, do: x), key, nil_result)) end))
  end

  defp pop_chain(data, [step | rest], key) do
    inner = pop_chain(quote(context: Kernel, do: x), rest, key)
    get_and_update(step, data, quote(context: Kernel, do: fn x -> unquote(inner) end))
  end

  defp pop_nil(data, key, nil_result) do
    quote context: Kernel do
      case unquote(data) do
        nil -> unquote(nil_result)
        h -> Access.pop(h, unquote(key))
      end
    end
  end
end
