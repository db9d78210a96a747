# __CALLER__ and __ENV__: module, function, line, file, context
defmodule Where do
  defmacro where do
    c = __CALLER__
    file = Path.basename(c.file)
    quote do
      {unquote(c.module), unquote(c.function), unquote(c.line), unquote(file), unquote(c.context)}
    end
  end

  def env_fun do
    e = __ENV__
    {e.module, e.function, e.line, Path.basename(e.file)}
  end
end

defmodule User do
  require Where
  def one, do: Where.where()

  def two(a, b) do
    _ = {a, b}
    Where.where()
  end

  def lam, do: (fn -> Where.where() end).()
end

IO.inspect(User.one())
IO.inspect(User.two(1, 2))
IO.inspect(User.lam())
IO.inspect(Where.env_fun())
IO.inspect(__ENV__.module)
IO.inspect(__ENV__.function)
IO.inspect(__ENV__.line)
IO.inspect(Path.basename(__ENV__.file))
IO.inspect(is_struct(__ENV__, Macro.Env))
IO.inspect(__MODULE__)
