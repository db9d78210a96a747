defmodule MiniRouter do
  defmacro __using__(opts) do
    quote do
      import MiniRouter, only: [get: 3, post: 3, scope: 2, pipe_through: 1]
      Module.register_attribute(__MODULE__, :routes, accumulate: true)
      @scope_prefix ""
      @pipes []
      @prefix unquote(Keyword.get(opts, :prefix, ""))
      @before_compile MiniRouter
    end
  end

  defmacro get(path, controller, action), do: route(:get, path, controller, action)
  defmacro post(path, controller, action), do: route(:post, path, controller, action)

  defmacro pipe_through(pipes) do
    quote do: @pipes(List.wrap(unquote(pipes)))
  end

  defmacro scope(prefix, do: block) do
    quote do
      old = @scope_prefix
      @scope_prefix old <> unquote(prefix)
      unquote(block)
      @scope_prefix old
      @pipes []
    end
  end

  defp route(verb, path, controller, action) do
    quote bind_quoted: [verb: verb, path: path, controller: controller, action: action] do
      full = @prefix <> @scope_prefix <> path
      segments = MiniRouter.compile_path(full)
      vars = for {name, _, nil} = var <- segments, do: {name, var}
      @routes {verb, full, controller, action, @pipes}
      def match(unquote(verb), unquote(segments)) do
        {unquote(controller), unquote(action), unquote(@pipes), %{unquote_splicing(vars)}}
      end
    end
  end

  def compile_path(path) do
    path
    |> String.split("/", trim: true)
    |> Enum.map(fn
      ":" <> name -> Macro.var(String.to_atom(name), nil)
      seg -> seg
    end)
  end

  defmacro __before_compile__(env) do
    routes = Module.get_attribute(env.module, :routes) |> Enum.reverse()

    quote do
      def match(_verb, _segments), do: :no_route
      def routes, do: unquote(Macro.escape(routes))

      def call(verb, path) do
        match(verb, String.split(path, "/", trim: true))
      end
    end
  end
end

defmodule MyApp.Router do
  use MiniRouter, prefix: "/api"

  get "/health", HealthController, :index

  scope "/users" do
    pipe_through [:auth, :json]
    get "/", UserController, :index
    get "/:id", UserController, :show
    post "/:id/posts/:post_id", PostController, :create
  end

  get "/about", PageController, :about
end

defmodule Main do
  def run do
    for r <- MyApp.Router.routes(), do: IO.inspect(r)
    IO.inspect(MyApp.Router.call(:get, "/api/health"))
    IO.inspect(MyApp.Router.call(:get, "/api/users/42"))
    IO.inspect(MyApp.Router.call(:post, "/api/users/7/posts/99"))
    IO.inspect(MyApp.Router.call(:get, "/api/about"))
    IO.inspect(MyApp.Router.call(:delete, "/api/users/1"))
    IO.inspect(MyApp.Router.call(:get, "/nope"))
    IO.inspect(MyApp.Router.__info__(:functions))
    IO.inspect(Macro.expand_once(quote(do: MiniRouter.pipe_through(:x)), __ENV__) |> Macro.to_string())
  end
end

Main.run()
