defmodule M do
  def f do
    1
  end
  end
end
