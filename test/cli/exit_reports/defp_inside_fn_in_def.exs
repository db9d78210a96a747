defmodule A do
  def f do
    fn -> defp g, do: 1 end
  end
end
