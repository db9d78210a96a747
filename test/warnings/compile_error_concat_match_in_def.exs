# a left operand of ++ in a def body's match that is no literal list: the module's frame at the def
defmodule M do
  def f do
    [1] ++ y = [1, 2]
    y
  end
  def g do
    :ok ++ z = 1
  end
end
