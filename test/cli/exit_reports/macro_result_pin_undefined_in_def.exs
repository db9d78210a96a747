# ...a pin of an undefined variable in a block the macro returned
defmodule MacroResultPin do
  defmacro bad do
    quote do
      a = 1
      x = ^y
      {a, x}
    end
  end
end

defmodule MacroResultPinUser do
  import MacroResultPin

  def h(n) when n > 0 do
    bad()
  end
end
