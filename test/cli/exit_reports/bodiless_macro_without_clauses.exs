# a bodiless macro head with no clause of its own
defmodule M do
  defmacro f(a)
end
