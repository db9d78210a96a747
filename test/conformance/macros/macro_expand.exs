# Macro.expand_once / Macro.expand on user macros, aliases and __MODULE__
defmodule Unless2 do
  defmacro unless2(c, do: b), do: quote(do: if(!unquote(c), do: unquote(b)))
  defmacro twice(x), do: quote(do: Unless2.unless2(false, do: unquote(x)))
end

defmodule User do
  require Unless2
  alias Unless2, as: U

  def run do
    ast = quote(do: Unless2.unless2(x, do: :y))
    IO.puts(Macro.to_string(Macro.expand_once(ast, __ENV__)))
    IO.puts(Macro.to_string(Macro.expand(quote(do: Unless2.twice(1)), __ENV__)))
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: Unless2.twice(1)), __ENV__)))
    IO.inspect(Macro.expand(quote(do: U), __ENV__))
    IO.inspect(Macro.expand(quote(do: String.Chars), __ENV__))
    IO.inspect(Macro.expand(quote(do: __MODULE__), __ENV__))
    IO.inspect(Macro.expand(quote(do: foo(1)), __ENV__))
    IO.inspect(Macro.expand(42, __ENV__))
  end
end

User.run()
