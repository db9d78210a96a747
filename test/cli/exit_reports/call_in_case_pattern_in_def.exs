# a remote function called in a case clause's pattern inside a def: the expander's trace, cut
# by the BEAM's 8 frames before it reaches the module's
defmodule A do
  def f() do
    case 1 do
      String.length("a") -> 1
    end
  end
end
