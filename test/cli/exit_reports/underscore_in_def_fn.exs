defmodule A do
  def f do
    fn -> _ end
  end
end
