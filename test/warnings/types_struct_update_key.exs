# Type checker: `%{v | key: ...}` on a variable typed a struct (by a head pattern, a `%S{} = v`
# statement) with a key the struct lacks is 'undefined field' as in Elixir 1.14
# (issue 9); keys the struct has, a struct update and a dynamic key are not. Sorted among the
# module's warnings with the struct's type first, before field reads.
defmodule User do
  defstruct name: nil, age: 0
end
defmodule StructUpdateKey do
  def a(%User{} = u), do: %{u | name: 1}
  def d(u = %User{}) do
    x = %{u | nm: 1}
    x
  end
  def f(%User{} = u), do: %User{u | name: 1}
  def j(%User{} = u, k), do: %{u | k => 1}
  def t9(u) do
    %User{} = u
    %{u | nme: 1}
  end
  def t12(u) do
    %User{} = u
    u.ag
  end
end
