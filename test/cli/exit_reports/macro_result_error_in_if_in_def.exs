# ...inside an if the macro returned: the if's clause frames, the if's expansion, then the macro's
defmodule MacroResultIf do
  defmacro bad(x), do: quote(do: if(unquote(x), do: :trim.(1)))
end

defmodule MacroResultIfUser do
  require MacroResultIf

  def g(v) do
    MacroResultIf.bad(v)
  end
end
