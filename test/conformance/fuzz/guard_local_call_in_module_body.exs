# A module body's code is no function of the module: a call in its guard is an undefined function
defmodule F do
  case 1 do
    x when q(x) -> IO.puts(x)
  end
end
