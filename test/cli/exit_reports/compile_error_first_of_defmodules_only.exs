# a CompileError in the first of a file of defmodules only: below its expansion, lists:foldl/3
defmodule First do
  __CALLER__
end

defmodule Second do
end
