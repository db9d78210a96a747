defmodule Kvstore.RegistryTest do
  use Kvstore.RegistryCase, async: true
  import ExUnit.CaptureLog

  test "spawns buckets", %{registry: registry} do
    assert Registry.lookup(registry, "shopping") == :error

    Registry.create(registry, "shopping")
    assert {:ok, bucket} = Registry.lookup(registry, "shopping")

    Bucket.put(bucket, "milk", 1)
    assert Bucket.get(bucket, "milk") == 1
  end

  test "removes buckets on exit", %{registry: registry} do
    bucket = bucket_with(registry, "shopping", [{"a", 1}])
    log =
      capture_log(fn ->
        Agent.stop(bucket)
        _ = Registry.count(registry)
      end)

    assert log =~ "bucket \"shopping\" went down: :normal"
    assert Registry.lookup(registry, "shopping") == :error
  end

  @tag capture_log: true
  test "removes bucket on crash", %{registry: registry} do
    bucket = bucket_with(registry, "shopping", [])
    Agent.stop(bucket, :shutdown)
    assert Registry.count(registry) == 0
  end

  test "counts buckets", %{registry: registry} do
    for name <- ~w(a b c), do: Registry.create(registry, name)
    assert Registry.count(registry) == 4
  end

  test "logs creation", %{registry: registry} do
    assert capture_log(fn -> Registry.create(registry, "logged") end) =~ "created bucket \"logged\""
  end
end
