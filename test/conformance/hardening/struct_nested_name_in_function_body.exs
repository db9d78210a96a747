# defmodule Outer.Deep in a function of Outer names Outer.Outer.Deep, not defined when the function compiles.
defmodule Outer do
  def run do
    defmodule Outer.Deep do
      defstruct [:a]
    end
    %Outer.Deep{}
  end
end
