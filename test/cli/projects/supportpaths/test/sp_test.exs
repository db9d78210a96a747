defmodule SpTest do
  use Sp.DataCase, async: true

  test "factory", %{db: db} do
    assert db == :memory
    assert Factory.build(:user, age: 4) == %{name: "ann", age: 5}
  end

  @tag db: :disk
  test "tags reach setup", %{db: db} do
    assert errors_on(%{a: 1}) == [:a]
    assert db == :disk
  end
end
