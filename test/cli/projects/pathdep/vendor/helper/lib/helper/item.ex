defmodule Helper.Item do
  defstruct name: nil, qty: 0
end
