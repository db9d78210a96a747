# a script's top-level aliases and imports: unused ones are reported at the end; the modules after
# them (and nested modules, for their parent's) see and use them
alias Foo.Unused
alias String.Chars
import List, only: [first: 1]
import Integer
x = 1
IO.puts("start")

defmodule Outer do
  alias Enum, as: E
  alias Map, as: NeverUsed

  defmodule Inner do
    def f, do: {Chars.to_string(1), E.count([]), first([1])}
    def g, do: E.nope()
  end
end

IO.inspect(Outer.Inner.f())
IO.inspect(x)
