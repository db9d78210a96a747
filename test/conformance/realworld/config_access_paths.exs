config = %{
  "server" => %{host: "localhost", port: 4000, tls: [enabled: false, cert: nil]},
  "db" => %{pools: [%{name: :primary, size: 10}, %{name: :replica, size: 5}]},
  users: [
    %{name: "ann", roles: [:admin, :dev], meta: %{logins: 3}},
    %{name: "bo", roles: [:dev], meta: %{logins: 0}}
  ]
}

IO.inspect(get_in(config, ["server", :port]))
IO.inspect(get_in(config, ["server", :tls, :enabled]))
IO.inspect(get_in(config, ["missing", :x]))
IO.inspect(get_in(config, ["db", :pools, Access.all(), :name]))
IO.inspect(get_in(config, ["db", :pools, Access.at(1), :size]))
IO.inspect(get_in(config, [:users, Access.filter(&(:admin in &1.roles)), :name]))
IO.inspect(put_in(config, ["server", :port], 8080)["server"])
IO.inspect(update_in(config, ["db", :pools, Access.all(), :size], &(&1 * 2))["db"])
IO.inspect(update_in(config, [:users, Access.all(), :meta, :logins], &(&1 + 1))[:users])
IO.inspect(put_in(config, ["server", :tls, :cert], "/etc/cert.pem")["server"][:tls])
{old, new} = get_and_update_in(config, ["server", :host], fn h -> {h, String.upcase(h)} end)
IO.inspect({old, new["server"].host})
{popped, rest} = pop_in(config, ["server", :tls])
IO.inspect({popped, rest["server"]})
IO.inspect(get_in(config, [:users, Access.at(0), :roles, Access.at(-1)]))
IO.inspect(Access.fetch(%{a: 1}, :a))
IO.inspect(Access.get([a: 1, a: 2], :a))
IO.inspect(get_in(%{a: {1, 2, 3}}, [:a, Access.elem(2)]))
IO.inspect(update_in(%{a: {1, 2, 3}}, [:a, Access.elem(0)], &(&1 - 10)))
IO.inspect(put_in([a: [b: 1]], [:a, :b], 2))
IO.inspect(get_in([1, 2, 3, 4], [Access.slice(1..2)]))
IO.inspect(update_in(%{list: [1, 2, 3, 4, 5]}, [:list, Access.slice(1..-2//1)], &(&1 * 100)))
IO.inspect(get_in(%{a: nil}, [:a, :b]))
IO.inspect(Access.key(:x, 0).(:get, %{}, & &1))
IO.inspect(get_in(%{}, [Access.key(:x, %{}), Access.key(:y, :deflt)]))
IO.inspect(put_in(%{}, [Access.key(:x, %{}), :y], 1))

defmodule Conf do
  defstruct name: "app", opts: %{}, tags: []
end

# Structs defined in this file are used inside a function: a script's top level is
# expanded before its defmodules run.
defmodule Main do
  def run do
    c = %Conf{opts: %{level: :info}}
    IO.inspect(put_in(c.opts.level, :debug))
    IO.inspect(update_in(c.tags, &[:new | &1]))
    IO.inspect(get_in(c, [Access.key(:opts), :level]))
    IO.inspect(c |> Map.from_struct() |> Map.keys() |> Enum.sort())
    IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3, c: 4], fn _k, v1, v2 -> v1 + v2 end))
    IO.inspect(Keyword.get_values([a: 1, b: 2, a: 3], :a))
    IO.inspect(Keyword.split([a: 1, b: 2, c: 3], [:a, :c]))
    IO.inspect(Keyword.validate([a: 1], [:a, b: 2]))
    IO.inspect(Keyword.validate([a: 1, z: 9], [:a, b: 2]))
    IO.inspect(Keyword.update!([a: 1], :a, &(&1 * 10)))
    IO.inspect(Keyword.pop_first([a: 1, b: 2, a: 3], :a))
    IO.inspect(Keyword.take([a: 1, b: 2, c: 3, a: 4], [:a]))
    IO.inspect(Keyword.to_list(Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}])))
    IO.inspect(Map.merge(%{a: 1, b: 2}, %{b: 3}, fn _k, a, b -> [a, b] end))
    IO.inspect(Map.update(%{}, :n, 1, &(&1 + 1)))
    IO.inspect(Map.take(%{a: 1, b: 2, c: 3}, [:a, :c, :z]))
    IO.inspect(Map.split(%{a: 1, b: 2, c: 3}, [:a]))
    IO.inspect(Map.filter(%{a: 1, b: 2, c: 3}, fn {_, v} -> v > 1 end))
    IO.inspect(Map.reject(%{a: 1, b: 2, c: 3}, fn {_, v} -> v > 1 end))
    IO.inspect(Map.map(%{a: 1, b: 2}, fn {_, v} -> v * 10 end))
    IO.inspect(Map.new([{1, :a}, {2, :b}], fn {k, v} -> {v, k} end))
    IO.inspect(Map.get_lazy(%{}, :x, fn -> :computed end))
    IO.inspect(Map.pop_lazy(%{x: 1}, :x, fn -> 0 end))
    IO.inspect(Map.replace(%{a: 1}, :b, 2))
    IO.inspect(Map.fetch!(%{"a" => 1}, "a"))
    IO.inspect(Map.equal?(%{a: 1}, %{a: 1.0}))
  end
end

Main.run()
