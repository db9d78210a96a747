# Macro.expand/expand_once of Kernel's definition macros as Elixir 1.14 prints them: defstruct,
# defdelegate (one function, a list, defaults, as:) and defexception, also when a user macro
# returns them
defmodule Gen do
  defmacro fields(f), do: quote(do: defstruct(unquote(f)))
  defmacro error(f), do: quote(do: defexception(unquote(f)))
end

defmodule M do
  require Gen

  def run do
    env = __ENV__

    forms = [
      quote(do: defstruct(a: 1, b: 2)),
      quote(do: defstruct([:a, :b])),
      quote(do: defstruct([])),
      quote(do: defdelegate(f(x), to: Foo)),
      quote(do: defdelegate(f(x, y \\ 1), to: Foo, as: :g)),
      quote(do: defdelegate([f(x), g(y)], to: Foo)),
      quote(do: defexception([:message])),
      quote(do: defexception(message: "hi", code: 1)),
      quote(do: Gen.fields([:x])),
      quote(do: Gen.error([:reason]))
    ]

    for form <- forms do
      IO.puts("--- " <> Macro.to_string(form))
      IO.puts(form |> Macro.expand_once(env) |> Macro.to_string())
      IO.puts("== expand")
      IO.puts(form |> Macro.expand(env) |> Macro.to_string())
    end

    # the expansion's first steps bind the arguments
    {:__block__, _, [first | _]} = Macro.expand(quote(do: defstruct(a: 1)), env)
    IO.inspect(Macro.to_string(first))
  end
end

M.run()
