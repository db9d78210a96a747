# With colours on, a failed match's two sides are diffed as ExUnit 1.14 does: struct patterns entry
# by entry (their module marked when it differs, a custom-inspected struct as text), map patterns
# against structs, list patterns by their longest common subsequence (tails, `++`, keyword
# entries), charlists as text, "prefix" <> rest, a variable bound twice; each side laid out to the
# width as Inspect.Algebra lays out the diff (the block's indentation counted)
ExUnit.start(seed: 0, colors: [enabled: true])

defmodule P do
  defstruct [:a, :b, c: 1]
end

defmodule Q do
  defstruct [:a]
end

defmodule User do
  defstruct [:name, :email, age: 0, roles: [], address: nil]
end

defmodule DiffColorsPatternsTest do
  use ExUnit.Case

  test "struct field differs" do
    assert %P{a: 1, b: 2} = %P{a: 1, b: 3, c: 4}
  end

  test "struct of another module" do
    assert %P{a: 1} = %Q{a: 1}
  end

  test "struct pattern against a map" do
    assert %P{a: 1} = %{a: 1, b: 2}
  end

  test "map pattern against a struct" do
    assert %{a: 2} = %P{a: 1}
  end

  test "nested structs" do
    assert {:ok, %P{a: %Q{a: 1}, b: x}} = {:ok, %P{a: %Q{a: 2}, b: 5}}
    x
  end

  test "module variable" do
    assert %mod{a: 2} = %P{a: 1}
    mod
  end

  test "custom-inspected struct" do
    assert %URI{host: "a.com"} = URI.parse("http://b.com/x")
  end

  test "pinned field and aliased module" do
    alias P, as: Pee
    v = 3
    assert %Pee{a: ^v} = %P{a: 4}
  end

  test "long struct laid out" do
    assert %User{name: "Alice Anderson", email: "alice@example.com", age: 30, roles: [:admin, :editor]} =
             %User{name: "Alice Andersen", email: "alice@example.org", age: 31, roles: [:admin], address: %{city: "Paris"}}
  end

  test "list of structs laid out" do
    assert [%User{name: "a"}, %User{name: "b"}] = [%User{name: "a"}, %User{name: "c"}]
  end

  test "pin as a map key" do
    k = :b
    assert %{^k => 1, a: 2} = %{a: 2, b: 3}
  end

  test "keyword pattern" do
    assert [a: 1, b: _] = [a: 2, b: 3]
  end

  test "keyword pattern longer" do
    assert [a: 1, b: _] = [a: 1]
  end

  test "list element missing" do
    assert [1, 2, 3] = [1, 3]
  end

  test "tail pattern" do
    assert [_, _ | _] = [1]
  end

  test "head and tail of empty" do
    assert [h | t] = []
    {h, t}
  end

  test "value longer" do
    assert [1, x, 3] = [2, 2, 3, 4, 5]
    x
  end

  test "reordered" do
    assert [:a, :b] = [:b, :a]
  end

  test "maps in a list" do
    assert {:ok, [%{id: 1}, %{id: 2}]} = {:ok, [%{id: 1, n: "a"}, %{id: 3, n: "b"}, %{id: 4}]}
  end

  test "concatenated list" do
    assert [1, 2] ++ rest = [1, 3, 4]
    rest
  end

  test "variable bound twice" do
    assert [x, x] = [1, 2]
  end

  test "variable bound twice in a map" do
    assert {a, %{id: a}} = {1, %{id: 2}}
  end

  test "string prefix" do
    assert "hello " <> name = "hallo world"
    name
  end

  test "charlist" do
    assert 'abc' = 'abd'
  end

  test "mailbox with a struct pattern" do
    send(self(), {:user, %P{a: 1}})
    send(self(), {:ok, [1, 2, 3]})
    assert_received {:user, %P{a: 2}}
  end
end
