# setup_all and setup with context maps, named setups (atoms and lists), on_exit, the context's keys, and a setup_all that raises, with --trace.
ExUnit.start(seed: 0, trace: true)

defmodule KV do
  use Agent
  def start_link(init), do: Agent.start_link(fn -> init end)
  def get(pid, k), do: Agent.get(pid, &Map.get(&1, k))
  def put(pid, k, v), do: Agent.update(pid, &Map.put(&1, k, v))
end

defmodule KVTest do
  use ExUnit.Case

  setup_all do
    {:ok, initial: %{"a" => 1}}
  end

  setup %{initial: initial} do
    {:ok, pid} = KV.start_link(initial)
    on_exit(fn -> :ok end)
    %{kv: pid}
  end

  test "reads initial", %{kv: kv} do
    assert KV.get(kv, "a") == 1
  end

  test "writes", %{kv: kv} do
    KV.put(kv, "b", 2)
    assert KV.get(kv, "b") == 3
  end

  test "context keys", context do
    assert context.test == :"test context keys"
    assert context.module == KVTest
    assert Map.has_key?(context, :kv)
    assert Path.basename(context.file) =~ "s05_setup_all.exs"
    assert context.line == 37
  end

  describe "nested setup" do
    setup :add_extra
    setup [:add_more, :add_even_more]

    test "has extras", ctx do
      assert ctx.extra == :yes
      assert ctx.more == 2
      assert ctx.even_more == 3
    end

    test "missing key", ctx do
      assert Map.delete(ctx, :file).nothing
    end
  end

  defp add_extra(_), do: %{extra: :yes}
  defp add_more(_), do: [more: 2]
  defp add_even_more(ctx), do: {:ok, even_more: ctx.more + 1}
end

defmodule FailingSetupAllTest do
  use ExUnit.Case

  setup_all do
    raise "cannot connect"
  end

  test "never runs" do
    assert true
  end

  test "neither" do
    assert true
  end
end
