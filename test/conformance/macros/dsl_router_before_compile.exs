defmodule MiniRouter do
  defmacro __using__(opts) do
    prefix = Keyword.get(opts, :prefix, "")
    quote do
      import MiniRouter, only: [get: 2, post: 2, pipe: 1]
      Module.register_attribute(__MODULE__, :routes, accumulate: true)
      Module.register_attribute(__MODULE__, :pipes, accumulate: true)
      @prefix unquote(prefix)
      @before_compile MiniRouter
    end
  end

  defmacro get(path, do: body), do: route(:get, path, body)
  defmacro post(path, do: body), do: route(:post, path, body)

  defmacro pipe(name) do
    quote do: @pipes unquote(name)
  end

  defp route(verb, path, body) do
    segments = String.split(path, "/", trim: true)
    {pattern, vars} =
      Enum.map_reduce(segments, [], fn
        ":" <> name, acc ->
          v = Macro.var(String.to_atom(name), nil)
          {v, [{String.to_atom(name), v} | acc]}
        seg, acc -> {seg, acc}
      end)
    params = {:%{}, [], Enum.reverse(vars)}
    quote do
      @routes {unquote(verb), unquote(path)}
      def match(unquote(verb), unquote(pattern)) do
        var!(params) = unquote(params)
        _ = var!(params)
        unquote(body)
      end
    end
  end

  defmacro __before_compile__(env) do
    routes = Module.get_attribute(env.module, :routes) |> Enum.reverse()
    pipes = Module.get_attribute(env.module, :pipes) |> Enum.reverse()
    prefix = Module.get_attribute(env.module, :prefix)
    quote do
      def match(verb, path), do: {:error, {:no_route, verb, path}}
      def routes, do: unquote(Macro.escape(routes))
      def pipes, do: unquote(pipes)
      def prefix, do: unquote(prefix)
      def call(verb, path) do
        segs = String.split(String.replace_prefix(path, unquote(prefix), ""), "/", trim: true)
        match(verb, segs)
      end
    end
  end
end

defmodule App.Router do
  use MiniRouter, prefix: "/api"
  pipe :auth
  pipe :json

  get "/users" do
    {:ok, :list_users}
  end

  get "/users/:id" do
    {:ok, {:user, params.id}}
  end

  post "/users/:id/posts/:post_id" do
    {:ok, params}
  end

  get "/health", do: :ok
end

IO.inspect(App.Router.routes())
IO.inspect(App.Router.pipes())
IO.inspect(App.Router.prefix())
IO.inspect(App.Router.call(:get, "/api/users"))
IO.inspect(App.Router.call(:get, "/api/users/42"))
IO.inspect(App.Router.call(:post, "/api/users/7/posts/9"))
IO.inspect(App.Router.call(:get, "/api/health"))
IO.inspect(App.Router.call(:delete, "/api/users"))
IO.inspect(App.Router.__info__(:functions))
IO.inspect(function_exported?(App.Router, :match, 2))
