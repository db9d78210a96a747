# A struct defined by a nested module earlier in the body, used by a def after it, and one made by struct/2 at run time.
defmodule Outer do
  def run do
    defmodule Cfg do
      defstruct [:a]
    end
    struct(Cfg, a: 1)
  end
end
IO.inspect Outer.run()
defmodule Outer2 do
  defmodule Inner do
    defstruct [:b]
  end
  def run, do: %Inner{b: 2}
end
IO.inspect Outer2.run()
