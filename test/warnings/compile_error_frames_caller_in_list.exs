defmodule Where do
  def here(v) do
    [v, __CALLER__]
  end
end
