# failures inside put_in/update_in paths in tests: frames and the ignored element/2 warning
ExUnit.start(seed: 0)
defmodule UpdTest do
  use ExUnit.Case
  test "update_in access" do
    m = %{k: 1}
    update_in(m[:k], &(&1 + :a))
  end
  test "put_in access dot" do
    m = %{k: 1}
    put_in(m[:k].v, 3)
  end
  test "update_in dot" do
    m = %{k: %{v: 1}}
    update_in(m.k.v, fn v -> v + :a end)
  end
  test "get_and_update_in" do
    m = %{k: [1]}
    get_and_update_in(m[:k], fn v -> {v, hd(v) + :a} end)
  end
end
