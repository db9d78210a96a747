# Map patterns, nested destructuring
user = %{name: "Ann", address: %{city: "Oslo", zip: "0150"}, roles: [:admin, :dev]}
%{name: name, address: %{city: city}} = user
IO.puts("#{name} lives in #{city}")
%{roles: [primary | _]} = user
IO.inspect(primary)
defmodule Access2 do
  def city(%{address: %{city: c}}), do: {:ok, c}
  def city(_), do: :error
  def admin?(%{roles: roles}) when is_list(roles), do: :admin in roles
end
IO.inspect(Access2.city(user))
IO.inspect(Access2.city(%{name: "B"}))
IO.inspect(Access2.admin?(user))
resp = {:ok, %{"data" => %{"items" => [%{"id" => 1}, %{"id" => 2}]}}}
{:ok, %{"data" => %{"items" => items}}} = resp
IO.inspect(Enum.map(items, fn %{"id" => id} -> id end))
try do
  %{missing: _} = user
rescue
  e -> IO.puts(Exception.message(e))
end
case %{status: 404, body: "nf"} do
  %{status: s} when s in 200..299 -> IO.puts("ok")
  %{status: 404} -> IO.puts("not found")
end
m = %{}
%{} = m
IO.puts("empty pattern matches anything map")
%{a: a, b: b} = Map.merge(%{a: 1}, %{b: 2})
IO.inspect(a + b)
