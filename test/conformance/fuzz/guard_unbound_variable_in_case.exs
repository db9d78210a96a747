# A case guard inside a def naming an unbound variable
defmodule F do
  def f(x) do
    case x do
      z when z > w -> z
      _ -> 0
    end
  end
end

IO.puts(F.f(2))
