defmodule T do
  def f do
    if true do
      import Nope.Missing
    end
  end
end
