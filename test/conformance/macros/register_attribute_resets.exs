# Module.register_attribute(accumulate: true) on an attribute that holds a value starts it afresh, as
# Elixir 1.14 does; a macro's Module.put_attribute at expansion runs before the body's registration
defmodule X do
  @a 1
  Module.register_attribute(__MODULE__, :a, accumulate: true)
  IO.inspect Module.get_attribute(__MODULE__, :a)
  @a 2
  IO.inspect Module.get_attribute(__MODULE__, :a)
  Module.put_attribute(__MODULE__, :b, 5)
  Module.register_attribute(__MODULE__, :b, accumulate: true, persist: true)
  IO.inspect Module.get_attribute(__MODULE__, :b)
  Module.register_attribute(__MODULE__, :c, accumulate: true)
  @c 1
  Module.register_attribute(__MODULE__, :c, accumulate: true)
  IO.inspect Module.get_attribute(__MODULE__, :c)
  Module.register_attribute(__MODULE__, :c, accumulate: false)
  IO.inspect Module.get_attribute(__MODULE__, :c)
end
defmodule Router do
  defmacro __using__(_) do
    quote do
      import Router
      Module.register_attribute(__MODULE__, :routes, accumulate: true)
      @before_compile Router
    end
  end
  defmacro get(path, to: fun) do
    Module.put_attribute(__CALLER__.module, :routes, {path, fun})
    IO.puts("expanding #{path}")
    quote do: def unquote(fun)(), do: unquote(path)
  end
  defmacro __before_compile__(env) do
    routes = Module.get_attribute(env.module, :routes)
    quote do: def routes, do: unquote(Macro.escape(routes))
  end
end
defmodule MyRouter do
  use Router
  get "/a", to: :a
  get "/b", to: :b
end
IO.inspect MyRouter.routes()
IO.inspect MyRouter.a()
