ExUnit.start(seed: 0, exclude: [:slow])

defmodule KV.Bucket do
  use Agent
  def start_link(_opts), do: Agent.start_link(fn -> %{} end)
  def get(b, k), do: Agent.get(b, &Map.get(&1, k))
  def put(b, k, v), do: Agent.update(b, &Map.put(&1, k, v))
  def delete(b, k), do: Agent.get_and_update(b, &Map.pop(&1, k))
end

defmodule KV.BucketTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureIO

  setup_all do
    IO.puts("setup_all runs once")
    on_exit(fn -> :ok end)
    {:ok, shared: :value}
  end

  setup context do
    bucket = start_supervised!(KV.Bucket)
    on_exit(fn -> :ok end)
    %{bucket: bucket, name: context.test}
  end

  test "stores values by key", %{bucket: bucket, shared: shared} do
    assert KV.Bucket.get(bucket, "milk") == nil
    KV.Bucket.put(bucket, "milk", 3)
    assert KV.Bucket.get(bucket, "milk") == 3
    assert shared == :value
  end

  test "deletes", %{bucket: bucket} do
    KV.Bucket.put(bucket, "eggs", 12)
    assert KV.Bucket.delete(bucket, "eggs") == 12
    refute KV.Bucket.get(bucket, "eggs")
  end

  test "are temporary workers" do
    assert Supervisor.child_spec(KV.Bucket, []).restart == :permanent
  end

  @tag :slow
  test "excluded slow test" do
    Process.sleep(10_000)
  end

  test "capture io", %{name: name} do
    out = capture_io(fn -> IO.puts("captured #{inspect(name)}") end)
    assert out =~ "captured"
    assert capture_io("input\n", fn -> IO.write(IO.gets("? ")) end) == "? input\n"
  end

  test "assert_raise with message" do
    assert_raise ArgumentError, ~r/^bad/, fn -> raise ArgumentError, "bad arg" end
    assert_raise ArgumentError, "exact", fn -> raise ArgumentError, "not exact" end
  end

  test "assert_receive failure" do
    send(self(), {:other, 1})
    assert_receive {:expected, _}, 20
  end

  test "pattern with pin" do
    expected = 5
    assert {:ok, ^expected} = {:ok, 6}
  end

  test "map diff" do
    assert %{a: 1, b: %{c: [1, 2, 3]}} == %{a: 1, b: %{c: [1, 2, 4]}, d: 5}
  end
end
