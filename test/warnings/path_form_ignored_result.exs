# put_in/update_in with a [key] step expand to :erlang.element(2, ...): its value dropped warns
defmodule PathForms do
  def a(m) do
    put_in(m[:a], 1)
    update_in(m[:a].b, &(&1 + 1))
    put_in(m.a.b, 2)
    update_in(m.a, &Map.put(&1, :c, 0))
    get_and_update_in(m[:a], &{&1, 2})
    _ = put_in(m[:b], 3)
    m
  end
end
IO.inspect(PathForms.a(%{a: %{b: 1}}))
