defmodule Prices do
  for {name, price} <- [book: 10, pen: :free] do
    def unquote(name)(), do: unquote(2 * price)
  end
end
