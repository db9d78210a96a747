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
