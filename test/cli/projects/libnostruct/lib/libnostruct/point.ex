defmodule Libnostruct.Point do
  defstruct x: 0, y: 0
end
