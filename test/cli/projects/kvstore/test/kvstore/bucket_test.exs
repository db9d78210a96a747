defmodule Kvstore.BucketTest do
  use ExUnit.Case, async: true
  doctest Kvstore.Bucket

  setup do
    bucket = start_supervised!(Kvstore.Bucket)
    %{bucket: bucket}
  end

  test "stores values by key", %{bucket: bucket} do
    assert Kvstore.Bucket.get(bucket, "milk") == nil

    Kvstore.Bucket.put(bucket, "milk", 3)
    assert Kvstore.Bucket.get(bucket, "milk") == 3
  end

  test "deletes values", %{bucket: bucket} do
    Kvstore.Bucket.put(bucket, "eggs", 12)
    assert Kvstore.Bucket.delete(bucket, "eggs") == 12
    assert Kvstore.Bucket.delete(bucket, "eggs") == nil
  end

  test "lists keys sorted", %{bucket: bucket} do
    for k <- ~w(c a b), do: Kvstore.Bucket.put(bucket, k, true)
    assert Kvstore.Bucket.keys(bucket) == ["a", "b", "c"]
  end

  test "are temporary workers" do
    assert Supervisor.child_spec(Kvstore.Bucket, []).restart == :temporary
  end
end
