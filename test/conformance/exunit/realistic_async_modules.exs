ExUnit.start(seed: 777)

defmodule Cache do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> %{} end)
  def put(a, k, v), do: Agent.update(a, &Map.put(&1, k, v))
  def get(a, k), do: Agent.get(a, &Map.get(&1, k))
end

defmodule CacheATest do
  use ExUnit.Case, async: true

  setup do
    {:ok, cache} = start_supervised(Cache)
    %{cache: cache}
  end

  test "put/get", %{cache: c} do
    Cache.put(c, :a, 1)
    assert Cache.get(c, :a) == 1
  end

  test "missing", %{cache: c} do
    assert Cache.get(c, :zzz) == 0
  end
end

defmodule CacheBTest do
  use ExUnit.Case, async: true

  test "independent" do
    {:ok, c} = Cache.start_link([])
    assert Cache.get(c, :a) == nil
  end

  test "failing in B" do
    assert {:ok, _} = Map.fetch(%{}, :k)
  end
end

defmodule SyncTest do
  use ExUnit.Case

  setup_all do
    {:ok, shared: 42}
  end

  test "shared", %{shared: s} do
    assert s == 42
  end

  test "shared wrong", %{shared: s} do
    assert s == 41
  end
end

defmodule BrokenSetupAllTest do
  use ExUnit.Case

  setup_all do
    raise "setup_all failed"
  end

  test "never runs 1", do: assert(true)
  test "never runs 2", do: assert(true)
end

defmodule BrokenSetupTest do
  use ExUnit.Case

  setup do
    {:ok, :not_a_keyword}
  end

  test "bad setup", do: assert(true)
end
