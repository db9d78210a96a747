defmodule Kernel.Utils do
  @moduledoc false
  # The run-time helpers Kernel's macro expansions call (Macro.expand/2 shows them): raise/1 for
  # raise/reraise of a value only known at run time, destructure/2.

  def raise(message) when is_binary(message), do: RuntimeError.exception(message)
  def raise(module) when is_atom(module), do: module.exception([])
  def raise(%_{__exception__: true} = exception), do: exception

  def raise(other) do
    ArgumentError.exception(
      "raise/1 and reraise/2 expect a module name, string or exception as " <>
        "the first argument, got: #{inspect(other)}"
    )
  end

  # the first `count` elements, nil for the missing ones (all nil for a nil list)
  def destructure(list, count) when is_list(list), do: take_padded(list, count)
  def destructure(nil, count), do: take_padded([], count)

  defp take_padded(_, 0), do: []
  defp take_padded([h | t], count), do: [h | take_padded(t, count - 1)]
  defp take_padded([], count), do: [nil | take_padded([], count - 1)]

  # defstruct's checks of Elixir's Kernel.Utils.defstruct/3, in its order and with its frames: the
  # compiler builds the struct itself and calls this only when one of them fails (a second
  # defstruct, fields that are no list, a field name that is no atom, a default that cannot be
  # escaped, @enforce_keys that are no atoms or name no field)
  @doc false
  def __defstruct_check__(module, fields, defined?, enforce_keys), do: defstruct(module, fields, {defined?, enforce_keys})

  # (named as Elixir's, for the frames of its funs: anonymous fn/1 in Kernel.Utils.defstruct/3)
  @file "lib/kernel/utils.ex"
  defp defstruct(module, fields, {defined?, enforce_keys}) do
    if defined? do
      __at_line__(107, raise(ArgumentError, "defstruct has already been called for #{inspect(module)}, defstruct can only be called once per module"))
    end

    if not is_list(fields) do
      __at_line__(117, raise(ArgumentError, "struct fields definition must be list, got: #{inspect(fields)}"))
    end

    mapper = fn
      {key, val} when is_atom(key) ->
        try do
          Macro.escape(val)
        rescue
          e in [ArgumentError] ->
            __at_line__(126, raise(ArgumentError, "invalid value for struct field #{key}, " <> Exception.message(e)))
        else
          _ -> {key, val}
        end

      key when is_atom(key) ->
        {key, nil}

      other ->
        __at_line__(135, raise(ArgumentError, "struct field names must be atoms, got: #{inspect(other)}"))
    end

    fields = __at_line__(138, :lists.map(mapper, fields))
    enforce_keys = List.wrap(enforce_keys)

    foreach = fn
      key when is_atom(key) -> :ok
      key -> __at_line__(155, raise(ArgumentError, "keys given to @enforce_keys must be atoms, got: #{inspect(key)}"))
    end

    __at_line__(158, :lists.foreach(foreach, enforce_keys))

    case enforce_keys -- :lists.map(fn {key, _} -> key end, fields) do
      [] -> :ok
      missing -> __at_line__(217, raise(ArgumentError, "@enforce_keys required keys (#{inspect(missing)}) that are not defined in defstruct: #{inspect(fields)}"))
    end
  end

  # defstruct warns of each key given twice, from Elixir's Kernel.Utils.defstruct/3 (the module
  # body runs this when the keys repeat; its frames read as Elixir's)
  @doc false
  @file "lib/kernel/utils.ex"
  @beamlet_frame_line 148
  @beamlet_shown_as {:defstruct, 3}
  def __defstruct_duplicates__(keys) do
    warn_on_duplicate_struct_key(:lists.sort(keys))
    :ok
  end

  @file "lib/kernel/utils.ex"
  @beamlet_frame_line 228
  defp warn_on_duplicate_struct_key([key | [key | _] = rest]) do
    IO.warn("duplicate key #{inspect(key)} found in struct")
    warn_on_duplicate_struct_key(rest)
  end

  defp warn_on_duplicate_struct_key([_ | rest]), do: warn_on_duplicate_struct_key(rest)
  defp warn_on_duplicate_struct_key([]), do: :ok
end
