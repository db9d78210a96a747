# a defmodule whose name is a literal that is not an alias fails when the file compiles
IO.puts("never printed")
defmodule [Not, An, Alias] do
end
