# A realistic suite (issue 10): an Agent under start_supervised!, async: true, assert_raise with a
# regex (matching and not), nothing raised, the wrong exception, @tag capture_log: true (the log
# shown with the failure), a test without body, &&/in/> assertions, refute match?, a nested map
# diff, assert_receive with a pinned variable and assert_received with a guard (the mailbox shown)
ExUnit.start(seed: 1234)

defmodule KV do
  use Agent
  def start_link(opts), do: Agent.start_link(fn -> %{} end, opts)
  def put(kv, k, v), do: Agent.update(kv, &Map.put(&1, k, v))
  def get(kv, k), do: Agent.get(kv, &Map.get(&1, k))
  def fetch!(kv, k), do: Map.fetch!(Agent.get(kv, & &1), k)
end

defmodule KVTest do
  use ExUnit.Case, async: true
  require Logger

  setup do
    kv = start_supervised!({KV, []})
    :ok = KV.put(kv, :a, 1)
    %{kv: kv}
  end

  test "get and put", %{kv: kv} do
    assert KV.get(kv, :a) == 1
    KV.put(kv, :b, [1, 2, 3])
    assert [_ | rest] = KV.get(kv, :b)
    assert rest == [2, 3]
  end

  test "fetch! raises in the agent", %{kv: kv} do
    assert_raise KeyError, ~r/key :zz not found/, fn -> KV.fetch!(kv, :zz) end
  end

  test "regex message mismatch", %{kv: kv} do
    assert_raise KeyError, ~r/key :yy/, fn -> KV.fetch!(kv, :zz) end
  end

  test "no raise at all" do
    assert_raise RuntimeError, fn -> :ok end
  end

  test "wrong exception" do
    assert_raise ArgumentError, fn -> raise KeyError, key: :k, term: %{} end
  end

  @tag capture_log: true
  test "captured log shown on failure" do
    Logger.warning("about to fail")
    assert 1 == 2
  end

  test "not implemented"

  test "unused keys of a keyword", _context do
    opts = [name: "x", size: 3]
    assert Keyword.get(opts, :size) > 5
  end

  test "boolean operators" do
    a = 1
    b = nil
    assert a && b
  end

  test "in operator" do
    assert 4 in [1, 2, 3]
  end

  test "refute match" do
    refute match?({:ok, _}, {:ok, 1})
  end

  test "nested data diff" do
    assert %{user: %{name: "ann", roles: [:admin, :dev], meta: {1, 2}}} == %{user: %{name: "ann", roles: [:dev], meta: {1, 3}}}
  end

  test "assert_receive with pin and guard" do
    x = 5
    send(self(), {:n, 4})
    assert_receive {:n, ^x}, 10
  end

  test "assert_received pattern with when" do
    send(self(), {:n, 4})
    assert_received {:n, v} when v > 10
  end
end
