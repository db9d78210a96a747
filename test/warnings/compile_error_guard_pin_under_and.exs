defmodule Orders do
  def pick(orders, wanted) do
    Enum.filter(orders, fn
      {id, qty} when is_integer(qty) and id == ^wanted -> true
      _ -> false
    end)
  end
end
