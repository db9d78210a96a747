defmodule A do
  def f do
    fn -> &(&1; &2) end
  end
end
