defmodule Helper.DevOnly do
  def here, do: true
end
