defmodule Cfg do
  defstruct [:env, opts: %{}]
end

defmodule Main do
  def run do
    config = %{
      app: %{
        name: "shop",
        servers: [
          %{host: "a.example", port: 80, tags: [:web]},
          %{host: "b.example", port: 8080, tags: [:web, :api]},
          %{host: "c.example", port: 5432, tags: [:db]}
        ],
        features: [search: true, cart: false, beta: [enabled: false, users: ["ann"]]]
      }
    }

    IO.inspect(get_in(config, [:app, :name]))
    IO.inspect(get_in(config, [:app, :servers, Access.all(), :host]))
    IO.inspect(get_in(config, [:app, :servers, Access.at(1), :port]))
    IO.inspect(get_in(config, [:app, :servers, Access.filter(&(:web in &1.tags)), :host]))
    IO.inspect(get_in(config, [:app, :features, :beta, :users]))
    IO.inspect(get_in(config, [:app, :missing, :deeper]))
    IO.inspect(put_in(config, [:app, :servers, Access.at(0), :port], 443) |> get_in([:app, :servers, Access.at(0)]))
    c2 = update_in(config, [:app, :servers, Access.all(), :port], &(&1 + 1))
    IO.inspect(Enum.map(c2.app.servers, & &1.port))
    c3 = update_in(config.app.features[:beta][:users], &["bob" | &1])
    IO.inspect(c3.app.features)
    {old, c4} = get_and_update_in(config, [:app, :name], &{&1, String.upcase(&1)})
    IO.inspect({old, c4.app.name})
    {popped, c5} = pop_in(config, [:app, :features, :cart])
    IO.inspect({popped, c5.app.features})
    IO.inspect(put_in(config[:app][:name], "store").app.name)
    IO.inspect(get_in(config, [:app, :servers, Access.at(10)]))
    IO.inspect(get_in(%{a: {1, 2, 3}}, [:a, Access.elem(1)]))
    IO.inspect(update_in(%{a: [1, 2, 3]}, [:a, Access.at(-1)], &(&1 * 10)))
    IO.inspect(get_in([a: [b: 1]], [:a, :b]))
    IO.inspect(get_in(%{"k" => %{"j" => 2}}, ["k", "j"]))
    IO.inspect(Access.fetch(%{a: 1}, :a))
    IO.inspect(Access.get([x: 1], :y, :default))
    IO.inspect(Access.pop(%{a: 1, b: 2}, :a))
    s = %Cfg{env: :prod, opts: %{level: 1}}
    IO.inspect(get_in(s, [Access.key(:opts), :level]))
    IO.inspect(put_in(s, [Access.key(:opts), :level], 9))
    IO.inspect(get_in(s, [Access.key(:nope, :dflt)]))
    IO.inspect(update_in(s, [Access.key!(:env)], fn e -> {e} end))
    try do
      s[:env]
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      get_in(s, [Access.key!(:nope)])
    rescue
      e -> IO.puts(Exception.message(e))
    end
    try do
      put_in(config, [:app, :servers, :host], "x")
    rescue
      e -> IO.puts(Exception.message(e))
    end
    kw = [verbose: true, level: 2, level: 3]
    IO.inspect(Keyword.get(kw, :level))
    IO.inspect(Keyword.get_values(kw, :level))
    IO.inspect(Keyword.put(kw, :level, 5))
    IO.inspect(Keyword.delete(kw, :level))
    IO.inspect(Keyword.merge(kw, [verbose: false, color: :red]))
    IO.inspect(Keyword.update(kw, :level, 0, &(&1 * 100)))
    IO.inspect(Keyword.split(kw, [:verbose]))
    IO.inspect(Keyword.take(kw, [:level]))
    IO.inspect(Keyword.keyword?([{:a, 1}, {"b", 2}]))
    IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
    IO.inspect(Keyword.validate([c: 1], [:a, b: 2]))
    IO.inspect(Keyword.fetch!(kw, :verbose))
    try do
      Keyword.fetch!(kw, :missing)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect(Keyword.pop_first(kw, :level))
    IO.inspect(Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}]))
    IO.inspect(Keyword.to_list(a: 1))

  end
end

Main.run()
