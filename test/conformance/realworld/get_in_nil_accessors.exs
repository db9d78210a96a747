# get_in/2 on nil gives nil whatever the path holds, accessor functions too (Access.at/1,
# Access.filter/1, Access.elem/1, a custom fn): Elixir 1.14 checks for nil before it calls one,
# so an optional section that is missing reads as nil instead of raising
config = %{
  servers: [%{name: "a", ports: [80, 443]}, %{name: "b", ports: [8080]}],
  backup: nil,
  limits: {:rate, 100}
}

upcase_names = fn :get, data, next -> next.(Enum.map(data, &String.upcase(&1.name))) end

paths = [
  [:servers, Access.at(0), :ports, Access.at(1)],
  [:backup, Access.at(0), :ports],
  [:backup, Access.all(), :name],
  [:backup, Access.filter(&(&1.name == "a"))],
  [:backup, Access.elem(1)],
  [:missing, Access.key(:x, :default)],
  [:servers, upcase_names],
  [:backup, upcase_names],
  [:limits, Access.elem(1)],
  [:servers, Access.at(5), :ports, Access.at(0)]
]

for path <- paths do
  IO.inspect(get_in(config, path))
end

IO.inspect(get_in(nil, [fn _, _, _ -> raise "never called" end]))
IO.inspect(get_in(nil, [:a, :b, Access.key!(:c)]))
IO.inspect(try do get_in(config, [:limits, Access.at(0)]) rescue e -> e end)
