# A Plug-like router DSL: `use Router` registers routes in an accumulating attribute, a
# @before_compile builds the dispatch function clauses from them with unquote fragments
defmodule Router do
  defmacro __using__(opts) do
    quote do
      import Router, only: [get: 2, post: 2, scope: 2]
      Module.register_attribute(__MODULE__, :routes, accumulate: true)
      @router_opts unquote(opts)
      @scope ""
      @before_compile Router
    end
  end

  defmacro get(path, do: body), do: route(:get, path, body)
  defmacro post(path, do: body), do: route(:post, path, body)

  defmacro scope(prefix, do: block) do
    quote do
      outer = @scope
      @scope outer <> unquote(prefix)
      unquote(block)
      @scope outer
    end
  end

  defp route(verb, path, body) do
    quote bind_quoted: [verb: verb, path: path, body: Macro.escape(body, unquote: true)] do
      full = @scope <> path
      segments = String.split(full, "/", trim: true)
      name = :"route_#{length(@routes)}"
      @routes {verb, full, name}
      def unquote(name)(var!(params)), do: unquote(body)
    end
  end

  defmacro __before_compile__(env) do
    routes = Module.get_attribute(env.module, :routes) |> Enum.reverse()
    clauses =
      for {verb, path, name} <- routes do
        segs = String.split(path, "/", trim: true)
        pattern = Enum.map(segs, fn
          ":" <> var -> {String.to_atom(var), [], nil}
          lit -> lit
        end)
        binds = for ":" <> var <- segs, do: {String.to_atom(var), {String.to_atom(var), [], nil}}
        quote do
          def dispatch(unquote(verb), unquote(pattern)) do
            unquote(name)(Map.new(unquote(binds)))
          end
        end
      end
    quote do
      unquote_splicing(clauses)
      def dispatch(verb, segs), do: {:error, :not_found, verb, Enum.join(segs, "/")}
      def routes, do: unquote(Macro.escape(routes))
      def opts, do: @router_opts
    end
  end
end

defmodule App.Router do
  use Router, name: :app

  get "/" do
    {:ok, "home"}
  end

  get "/users/:id" do
    {:ok, "user " <> params.id}
  end

  scope "/admin" do
    post "/users/:id/ban" do
      {:ok, {:banned, params.id}}
    end
    get "/stats" do
      {:ok, map_size(params)}
    end
  end

  get "/files/:dir/:name" do
    {:ok, Path.join(params.dir, params.name)}
  end
end

IO.inspect App.Router.routes()
IO.inspect App.Router.opts()
IO.inspect App.Router.dispatch(:get, [])
IO.inspect App.Router.dispatch(:get, ["users", "42"])
IO.inspect App.Router.dispatch(:post, ["admin", "users", "7", "ban"])
IO.inspect App.Router.dispatch(:get, ["admin", "stats"])
IO.inspect App.Router.dispatch(:get, ["files", "a", "b.txt"])
IO.inspect App.Router.dispatch(:delete, ["nope"])
IO.inspect App.Router.__info__(:functions) |> Enum.sort()
