defmodule A do defmacro m, do: raise "boom" end
defmodule B do
 require A
 def f(v), do: A.m()
end
