# ... nor before its defstruct.
defmodule S do
  x = %S{}
  defstruct [:a]
end
