defmodule A do defstruct [:x] end
defmodule B do
 IO.inspect %A{y: 2}
end
