defmodule Probe do
  defp module_info(key), do: {:probe, key}
  def run, do: module_info(:x)
end
