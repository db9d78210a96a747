defmodule Wrap do
  defmacro wrap(x), do: x
  def run(x), do: wrap(x && if(x, then: 1))
end
