# a module body's own code: unused variables, the application environment, deprecated calls
defmodule Body do
  x = 1
  names = [:a, :b]
  @a Application.get_env(:body, :a, 1)
  @b Application.fetch_env(:body, :b)
  for n <- names do
    def unquote(n)(), do: unquote(n)
  end
  def attrs, do: {@a, @b}
  def env, do: Application.get_env(:body, :c)
end
IO.inspect(Body.attrs())
