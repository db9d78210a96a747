# a CompileError in the code a program's macro made: under "expanding macro: Mac.m/1" (no
# application) and the function it is called in
defmodule Mac do
  defmacro m(p) do
    quote do
      case 1 do
        unquote(p) -> :ok
      end
    end
  end
end

defmodule User do
  require Mac

  def f do
    Mac.m(^q)
  end
end
