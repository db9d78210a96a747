defmodule Kernel do
  @moduledoc """
  The fun-taking and protocol-dispatching half of Kernel (the first-order half is BIFs).
  Unqualified calls that are neither local nor imported resolve here after the BIFs.
  """

  # Kernel's functions the compiler inlines, for apply/3 and &Kernel.f/n: named and placed as
  # Elixir's (lib/kernel.ex), so their frames read as Elixir's
  @file "lib/kernel.ex"
  def exit(reason), do: __at_line__(511, :erlang.exit(reason))

  @file "lib/kernel.ex"
  def throw(term), do: __at_line__(1220, :erlang.throw(term))

  def function_exported?(module, function, arity), do: :erlang.function_exported(module, function, arity)

  @file "lib/kernel.ex"
  @beamlet_def_line 4214
  def base ** exponent when is_number(base) and is_number(exponent), do: :beamlet.pow(base, exponent)

  @file "lib/kernel.ex"
  @beamlet_def_line 2179
  def left =~ right when is_binary(left) and (is_binary(right) or is_map(right)), do: :beamlet.match_op(left, right)

  def to_string(term) when is_binary(term), do: term
  def to_string(term), do: String.Chars.to_string(term)

  def to_charlist(term), do: List.Chars.to_charlist(term)

  def then(value, fun) when is_function(fun, 1), do: fun.(value)

  # a macro is the function "MACRO-name" taking the caller's env first; Kernel's own macros are
  # the compiler's (if, def, |>, ...), listed by Kernel.__info__(:macros)
  def macro_exported?(Kernel, macro, arity) when is_atom(macro) and is_integer(arity) and arity >= 0 do
    {macro, arity} in Kernel.__info__(:macros)
  end

  def macro_exported?(module, macro, arity) when is_atom(module) and is_atom(macro) and is_integer(arity) and arity >= 0 do
    :erlang.function_exported(module, :"MACRO-#{macro}", arity + 1)
  end

  def tap(value, fun) when is_function(fun, 1) do
    fun.(value)
    value
  end

  # ------------------------------------------------------------ binary_slice

  def binary_slice(binary, start, size)
      when is_binary(binary) and is_integer(start) and is_integer(size) and size >= 0 do
    total = byte_size(binary)
    start = if start < 0, do: max(total + start, 0), else: start
    if start < total, do: :erlang.binary_part(binary, start, min(size, total - start)), else: ""
  end

  def binary_slice(binary, first..last//step) when is_binary(binary) and step > 0 do
    total = byte_size(binary)
    first = if first < 0, do: max(first + total, 0), else: first
    last = if last < 0, do: last + total, else: last
    amount = min(last - first + 1, total - first)

    cond do
      first >= total or amount <= 0 -> ""
      step == 1 -> :erlang.binary_part(binary, first, amount)
      true -> for <<byte <- :erlang.binary_part(binary, first, amount)>>, reduce: {0, []} do
        {i, acc} -> {i + 1, if(rem(i, step) == 0, do: [byte | acc], else: acc)}
      end |> elem(1) |> :lists.reverse() |> :erlang.list_to_binary()
    end
  end

  def binary_slice(binary, _.._//_ = range) when is_binary(binary) do
    raise ArgumentError, "binary_slice/2 does not accept ranges with negative steps, got: " <> inspect(range)
  end

  # ------------------------------------------------------------ structs

  def struct(struct, fields \\ [])

  def struct(module, fields) when is_atom(module), do: struct_fill(module.__struct__(), fields, false)
  def struct(%{__struct__: _} = struct, fields), do: struct_fill(struct, fields, false)

  def struct!(struct, fields \\ [])

  # Module.__struct__/1 checks @enforce_keys as Elixir's struct!/2 does
  def struct!(module, fields) when is_atom(module), do: module.__struct__(fields)
  def struct!(%{__struct__: _} = struct, fields), do: struct_fill(struct, fields, true)

  defp struct_fill(struct, fields, strict) do
    Enum.reduce(fields, struct, fn
      {:__struct__, _}, acc ->
        acc

      {key, value}, acc ->
        case acc do
          %{^key => _} -> :maps.put(key, value, acc)
          _ when strict -> raise KeyError, key: key
          _ -> acc
        end
    end)
  end

  # ------------------------------------------------------------ nested access

  def get_in(data, [h]) when is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, fn x -> get_in(x, t) end)
  def get_in(nil, [_]), do: nil
  def get_in(nil, [_ | t]), do: get_in(nil, t)
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: get_in(Access.get(data, h), t)

  def get_and_update_in(data, [h], fun) when is_function(h), do: h.(:get_and_update, data, fun)

  def get_and_update_in(data, [h | t], fun) when is_function(h) do
    h.(:get_and_update, data, fn x -> get_and_update_in(x, t, fun) end)
  end

  def get_and_update_in(data, [h], fun), do: Access.get_and_update(data, h, fun)

  def get_and_update_in(data, [h | t], fun) do
    Access.get_and_update(data, h, fn x -> get_and_update_in(x, t, fun) end)
  end

  def put_in(data, [_ | _] = keys, value) do
    {_, result} = get_and_update_in(data, keys, fn _ -> {nil, value} end)
    result
  end

  def update_in(data, [_ | _] = keys, fun) when is_function(fun, 1) do
    {_, result} = get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end)
    result
  end

  def pop_in(nil, [key | _]) do
    raise ArgumentError, "could not pop key " <> inspect(key) <> " on a nil value"
  end

  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop
  defp pop_in_data(data, [fun]) when is_function(fun), do: fun.(:get_and_update, data, fn _ -> :pop end)

  defp pop_in_data(data, [fun | tail]) when is_function(fun) do
    fun.(:get_and_update, data, fn x -> pop_in_data(x, tail) end)
  end

  defp pop_in_data(data, [key]), do: Access.pop(data, key)

  defp pop_in_data(data, [key | tail]) do
    Access.get_and_update(data, key, fn x -> pop_in_data(x, tail) end)
  end
end
