defmodule M do
  def safe(f) do
    try do
      f.()
    rescue
      e in ArgumentError -> :arg
      e -> :other
    catch
      :throw, value -> :thrown
    else
      result -> :ok
    after
      x = 1
    end
  end
end
IO.inspect(M.safe(fn -> 1 end))
