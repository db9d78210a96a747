# a try whose only clause is else is warned about (without the enclosing function), and runs
defmodule M do
  def f(x) do
    try do
      x
    else
      y -> {y}
    end
  end
end

IO.inspect(M.f(1))

try do
  :top
else
  :top -> :ok
end
