defmodule M do
  case 1 do
    y when is_integer(y) and String.length(y) -> y
  end
end
