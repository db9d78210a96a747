defmodule Report do
  def lines(rows) do
    for row <- rows do
      total = row * 2
      [totl]
    end
  end
end
