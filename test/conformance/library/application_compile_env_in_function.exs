# Application.compile_env/3 inside a function is a compile-time RuntimeError, as in Elixir 1.14.
defmodule M do
  require Application
  @v Application.compile_env(:my_app, :k, :default)
  @w Application.compile_env(:my_app, [:a, :b], 5)
  def v, do: {@v, @w}
  def x, do: Application.compile_env(:my_app, :k2, 7)
end
IO.inspect M.v()
IO.inspect M.x()
try do
  defmodule N do
    require Application
    @v Application.compile_env!(:my_app, :missing)
  end
rescue
  e -> IO.inspect(e)
end
Application.put_env(:my_app2, :k, 1)
defmodule O do
  require Application
  @v Application.compile_env!(:my_app2, :k)
  def v, do: @v
end
IO.inspect O.v()
