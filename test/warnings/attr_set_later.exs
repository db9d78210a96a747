defmodule M do
  def early, do: @value
  @value 42
  def late, do: @value
end
IO.inspect({M.early(), M.late()})
