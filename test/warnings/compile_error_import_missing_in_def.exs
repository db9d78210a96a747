defmodule T do
  def f do
    import Nope.Missing
    :ok
  end
end
