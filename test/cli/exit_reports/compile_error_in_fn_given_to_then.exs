# A compile error inside the fn given to then/2: Kernel.then/2's expansion, the fn's frames above it
defmodule Prices do
  def with_tax(amount), do: then(amount, fn a -> <<(:tax)::8, a>> end)
end
