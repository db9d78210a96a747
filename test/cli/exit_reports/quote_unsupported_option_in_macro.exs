defmodule M do
  defmacro m do
    quote unknown: true do
      1
    end
  end
end
