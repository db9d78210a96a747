# Nested data updates with Access: put_in/update_in/get_and_update_in/pop_in over maps, lists, structs.
defmodule Settings do
  defstruct theme: "light", fonts: %{size: 12, family: "mono"}, plugins: []
end

defmodule Main do
  def run do
    state = %{
      users: %{
        "ann" => %{roles: [:admin], prefs: %Settings{}, scores: [10, 20, 30]},
        "bob" => %{roles: [], prefs: %Settings{theme: "dark"}, scores: [5]}
      },
      meta: [version: 1, tags: ["x"]]
    }

    IO.inspect(get_in(state, [:users, "ann", :prefs, Access.key(:fonts), :size]))
    state = put_in(state, [:users, "bob", :prefs, Access.key(:fonts), :size], 16)
    IO.inspect(state.users["bob"].prefs.fonts)
    state = update_in(state, [:users, "ann", :scores, Access.all()], &(&1 * 2))
    IO.inspect(state.users["ann"].scores)
    state = update_in(state, [:users], &Map.new(&1, fn {name, u} -> {name, Map.update!(u, :roles, fn r -> [:user | r] end)} end))
    IO.inspect(Enum.map(state.users, fn {n, u} -> {n, u.roles} end))
    {old, state} = get_and_update_in(state, [:meta, :version], &{&1, &1 + 1})
    IO.inspect({old, state.meta[:version]})
    {tags, state} = pop_in(state, [:meta, :tags])
    IO.inspect({tags, state.meta})
    IO.inspect(get_in(state, [:users, "ann", :scores, Access.at(1)]))
    IO.inspect(update_in(state, [:users, "ann", :scores, Access.at(-1)], &(&1 + 1)).users["ann"].scores)
    IO.inspect(get_in([{1, 2}, {3, 4}], [Access.all(), Access.elem(1)]))
    IO.inspect(put_in(state.users["ann"].prefs.theme, "solarized").users["ann"].prefs.theme)
    IO.inspect(get_in(state, [:users, "zed", :prefs]))
    IO.inspect(Access.fetch(state.users, "ann") |> elem(0))
    IO.inspect(Access.get(state.meta, :version))
    IO.inspect(get_in(%{a: [%{b: 1}, %{b: 2}]}, [:a, Access.slice(0..0), :b]))
    IO.inspect(Map.get_and_update(%{n: 1}, :n, fn v -> {v, v * 10} end))
    IO.inspect(Keyword.get_and_update([n: 1], :n, fn _ -> :pop end))

    try do
      put_in(state, [:users, "zed", :roles], [:ghost])
    rescue
      e -> IO.puts(Exception.format_banner(:error, e) |> String.split("\n") |> hd())
    end

    try do
      get_in(state, [:users, "ann", :prefs, :theme])
    rescue
      e -> IO.puts(Exception.format_banner(:error, e) |> String.split("\n") |> hd())
    end
  end
end

Main.run()
