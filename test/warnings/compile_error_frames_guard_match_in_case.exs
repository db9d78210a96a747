defmodule Orders do
  def status(order) do
    case order do
      %{paid: paid} when paid = true -> :paid
      _ -> :open
    end
  end
end

IO.inspect(Orders.status(%{paid: true}))
