# a macro receives its arguments quoted, with the caller's line
defmodule Show do
  defmacro show(ast) do
    IO.inspect(ast, label: "ast")
    Macro.escape(ast)
  end

  defmacro show_many(a, b, c) do
    IO.inspect({a, b, c}, label: "args")
    :ok
  end
end

defmodule User do
  require Show
  def run do
    IO.inspect(Show.show(1 + 2))
    IO.inspect(Show.show(foo(bar, [1, 2])))
    IO.inspect(Show.show(%{a: x}))
    IO.inspect(Show.show("text #{1}"))
    Show.show_many(:a, [b: 1], {1, 2, 3})
  end
end

User.run()
