# Macro.expand/2 expands a remote macro only when the environment requires its module (Kernel is
# always required); otherwise the call is given back as written
defmodule M do
  defmacro n, do: quote(do: :expanded)
end

defmodule U do
  require M
  def go, do: Macro.expand(quote(do: M.n), __ENV__)
end

IO.inspect(U.go(), label: "required in U")
IO.inspect(Macro.expand(quote(do: M.n), __ENV__), label: "not required here")
IO.inspect(Macro.expand(quote(do: Integer.is_even(2)), __ENV__), label: "Integer not required")
require Integer
IO.inspect(Macro.expand_once(quote(do: Integer.is_even(2)), __ENV__) != quote(do: Integer.is_even(2)), label: "Integer required")
IO.inspect(elem(Macro.expand(quote(do: Kernel.if(a, do: b)), __ENV__), 0), label: "Kernel")
