# a call in a map pattern of a case clause in a module's body
defmodule A do
  case %{a: 1} do
    %{a: String.length("a")} -> 1
  end
end
