defmodule Door do
  def open?(z) do
    case z do
      {:ok, [__ENV__]} -> true
      _ -> false
    end
  end
end
