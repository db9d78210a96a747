# A struct defined by a defmodule in a function's body is not defined when the function compiles: CompileError.
defmodule Outer do
  def run do
    defmodule Cfg do
      defstruct [:a]
    end
    %Cfg{}
  end
end
IO.inspect Outer.run()
