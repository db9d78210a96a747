defmodule M do
  def f(t) do
    receive do
    after t -> 1
    end
  end
end
for t <- [:x, -1, 1.5, "a"] do
  try do M.f(t) rescue e -> IO.inspect(e) end
end
t = :infinity_x
try do receive do after t -> 1 end rescue e -> IO.inspect(e) end
IO.inspect M.f(0)
