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
end
