defmodule Report do
  def total(items) do
    count = length(items)
    Enum.sum(items)
  end

  def render(items) do
    items
    |> total()
    |> fn t -> "Total: #{t}" end
  end
end

IO.puts(Report.render([1, 2]))
