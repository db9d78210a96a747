defmodule Meta do
  def version, do: 1

  def __info__(:version), do: version()
end
