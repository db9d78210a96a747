defmodule IO.Stream do
  @moduledoc "IO.stream/binstream: a device as an Enumerable (lines or chunks) and a Collectable (writes)."
  defstruct [:device, :raw, :line_or_bytes]

  @doc false
  def __build__(device, raw, line_or_bytes), do: %IO.Stream{device: device, raw: raw, line_or_bytes: line_or_bytes}

  defimpl Enumerable do
    def reduce(%{device: device, raw: raw, line_or_bytes: what}, acc, fun) do
      next = if raw, do: &IO.each_binstream(&1, what), else: &IO.each_stream(&1, what)
      Enumerable.reduce(Stream.resource(fn -> device end, next, & &1), acc, fun)
    end

    def count(_stream), do: {:error, __MODULE__}
    def member?(_stream, _term), do: {:error, __MODULE__}
    def slice(_stream), do: {:error, __MODULE__}
  end

  defimpl Collectable do
    def into(%{device: device, raw: raw} = stream) do
      {:ok,
       fn
         :ok, {:cont, x} -> if(raw, do: IO.binwrite(device, x), else: IO.write(device, x))
         :ok, :done -> stream
         :ok, :halt -> :ok
       end}
    end
  end
end
