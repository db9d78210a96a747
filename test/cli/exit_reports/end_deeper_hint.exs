defmodule A do
  def f do
    if true do
        1
      end
  end
end
end
