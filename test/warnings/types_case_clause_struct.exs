# Type checker: a case clause's pattern '%S{} = v' types v in that clause (issue 9), so a field S lacks
# read there is 'undefined field' as in Elixir 1.14 (nested cases too; a variable bound in several
# clauses or cases is not followed).
defmodule User do
  defstruct name: nil, age: 0
end
defmodule Post do
  defstruct [:title]
end
defmodule W10 do
  def a(x) do
    case x do
      %User{} = u -> u.name
      %Post{} = p -> p.titel
    end
  end
  def b(x) do
    case x do
      %User{} = u -> u.name
      %Post{} = u -> u.title
    end
  end
  def d(x) do
    case x do
      u = %User{} -> Map.get(u, :a) && u.zz
    end
  end
  def e(x) do
    y = case x do
      %User{} = u -> u
    end
    y.foo
  end
  def f(x) do
    case x do
      %User{} = u ->
        case u.name do
          %Post{} = p -> {p.title, u.nm}
          _ -> u.oops
        end
    end
  end
  def g(x) do
    case x do
      %User{} = u -> u.name()
    end
  end
end
