defmodule Config.Server do
  defstruct [:host, port: 80, tags: []]
end

defmodule ConfigTool do
  @config %{
    "app" => %{
      name: "shop",
      servers: [
        %{host: "a.example", port: 8080, weight: 3, tags: [:primary]},
        %{host: "b.example", port: 8081, weight: 1, tags: []},
        %{host: "c.example", port: 9000, weight: 5, tags: [:canary, :eu]}
      ],
      limits: [timeout: 5_000, retries: 3]
    }
  }

  def config, do: @config

  def hosts(cfg), do: get_in(cfg, ["app", :servers, Access.all(), :host])

  def heavy(cfg, min) do
    get_in(cfg, ["app", :servers, Access.filter(&(&1.weight >= min)), :host])
  end

  def bump_ports(cfg, by) do
    update_in(cfg, ["app", :servers, Access.all(), :port], &(&1 + by))
  end

  def tag_second(cfg, tag) do
    update_in(cfg, ["app", :servers, Access.at(1), :tags], &[tag | &1])
  end

  def set_timeout(cfg, t), do: put_in(cfg, ["app", :limits, :timeout], t)
end

cfg = ConfigTool.config()
IO.inspect(ConfigTool.hosts(cfg), label: "hosts")
IO.inspect(ConfigTool.heavy(cfg, 3), label: "heavy")
IO.inspect(ConfigTool.bump_ports(cfg, 1) |> get_in(["app", :servers, Access.all(), :port]), label: "ports")
IO.inspect(ConfigTool.tag_second(cfg, :backup) |> get_in(["app", :servers, Access.at(1)]), label: "second")
IO.inspect(ConfigTool.set_timeout(cfg, 10) |> get_in(["app", :limits]), label: "limits")

# Access.key on structs
srv = struct(Config.Server, host: "x")
wrapped = %{server: srv}
IO.inspect(put_in(wrapped, [:server, Access.key(:port)], 443))
IO.inspect(get_in(wrapped, [:server, Access.key(:missing, :default)]))
IO.inspect(update_in(wrapped, [Access.key(:server), Access.key(:tags)], &[:new | &1]))

# pop_in and get_and_update_in
{popped, rest} = pop_in(cfg, ["app", :limits, :retries])
IO.inspect({popped, rest["app"][:limits]})
{old, new} = get_and_update_in(cfg, ["app", :servers, Access.at(0), :weight], fn w -> {w, w * 10} end)
IO.inspect({old, get_in(new, ["app", :servers, Access.at(0), :weight])})

{olds, _} =
  get_and_update_in(cfg, ["app", :servers, Access.all(), :weight], fn
    w when w > 2 -> :pop
    w -> {w, w}
  end)
IO.inspect(olds, label: "get_and_update all")

# Access.elem and tuples
IO.inspect(put_in({:ok, %{a: 1}}, [Access.elem(1), :a], 2))
IO.inspect(get_in([a: [b: [c: 1]]], [:a, :b, :c]))
IO.inspect(get_in(%{}, [:a, :b]))
IO.inspect(Access.at(-1) |> then(&get_in([1, 2, 3], [&1])))
IO.inspect(update_in([1, 2, 3], [Access.at(-1)], &(&1 * 100)))
IO.inspect(pop_in([1, 2, 3], [Access.at(0)]))
IO.inspect(get_in(%{list: [%{x: 1}, %{x: 2}]}, [:list, Access.all(), :x]) |> Enum.sum())

# errors people hit
try do
  put_in(srv, [:nope], 1)
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  get_in(srv, [:host])
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end

try do
  update_in(%{a: 1}, [:a, Access.all()], & &1)
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end

try do
  Access.fetch!(%{a: 1}, :b)
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end
IO.inspect(Access.fetch(%{a: 1}, :a))
IO.inspect(Access.get([a: 1], :b, :none))
IO.inspect(Access.pop(%{a: 1, b: 2}, :a))
