# `import Kernel, except: [...]` leaves out only the functions named: the module may define its
# own, and Kernel's other functions and macros (and, if, hd, apply) are imported as before
defmodule Narrowed do
  import Kernel, except: [inspect: 1]
  def inspect(x), do: "mine #{Kernel.inspect(x)}"
  def f(a), do: if(a and true, do: inspect(hd([a])), else: apply(Kernel, :+, [1, 2]))
end

IO.puts(Narrowed.f(true))
IO.puts(Narrowed.f(false))
import Kernel, only: [+: 2]
IO.puts(1 + 2)
