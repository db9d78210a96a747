# the options are walked in the order set; the frames of a walk's recursion return to one place
# and are recorded once, as is an inner walk's first option applied where the outer one applies
IO.puts("before")

defmodule Outer do
  defmodule Inner do
    @compile :first
    @compile [{:inline, [f: 1]}]
    @compile :debug_info
    @compile [[{:inline, f: 1, g: 2}]]
    @compile {:inline, h: 0}
    def f(x), do: x
  end
end
