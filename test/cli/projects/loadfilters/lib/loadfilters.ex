defmodule Loadfilters do
  def parse(text), do: text |> String.split(",", trim: true) |> Enum.map(&String.trim/1)
end
