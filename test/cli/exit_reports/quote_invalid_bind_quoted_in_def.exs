defmodule M do
  def f do
    quote bind_quoted: [{"a", 1}] do
      1
    end
  end
end
