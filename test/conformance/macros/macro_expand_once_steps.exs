# Macro.expand_once step by step; Macro.expand stops at special forms
defmodule Steps do
  defmacro one(x), do: quote(do: Steps.two(unquote(x)))
  defmacro two(x), do: quote(do: Steps.three(unquote(x)))
  defmacro three(x), do: quote(do: {:three, unquote(x)})
end

defmodule User do
  require Steps
  def run do
    ast = quote(do: Steps.one(:v))
    step1 = Macro.expand_once(ast, __ENV__)
    step2 = Macro.expand_once(step1, __ENV__)
    step3 = Macro.expand_once(step2, __ENV__)
    step4 = Macro.expand_once(step3, __ENV__)
    for s <- [ast, step1, step2, step3, step4], do: IO.puts(Macro.to_string(s))
    IO.puts(Macro.to_string(Macro.expand(ast, __ENV__)))
    IO.puts(Macro.to_string(Macro.expand(quote(do: unless(a, do: b)), __ENV__)))
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: x |> f() |> g(2)), __ENV__)))
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: a && b), __ENV__)))
    IO.puts(Macro.to_string(Macro.expand_once(quote(do: a || b), __ENV__)))
    IO.inspect(Steps.one(1))
  end
end

User.run()
