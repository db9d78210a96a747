ExUnit.start(seed: 5)

# what the callbacks did, printed once the suite is done (test output would interleave with the
# formatter's as the timing goes)
defmodule Journal do
  def start, do: Agent.start(fn -> [] end, name: __MODULE__)
  def log(line), do: Agent.update(__MODULE__, &[line | &1])
  def lines, do: __MODULE__ |> Agent.get(& &1) |> Enum.reverse()
end

{:ok, _} = Journal.start()

ExUnit.after_suite(fn result ->
  IO.puts("after_suite: #{inspect(result)}")
  Enum.each(Journal.lines(), &IO.puts/1)
end)

defmodule Store do
  use Agent
  def start_link(initial), do: Agent.start_link(fn -> initial end)
  def get(pid, k), do: Agent.get(pid, &Map.get(&1, k))
  def put(pid, k, v), do: Agent.update(pid, &Map.put(&1, k, v))
end

defmodule LifecycleTest do
  use ExUnit.Case

  setup_all do
    Journal.log("setup_all for #{inspect(__MODULE__)}")
    {:ok, store} = Store.start_link(%{seeded: true})
    on_exit(fn -> Journal.log("setup_all on_exit ran") end)
    [store: store, started_at: :t0]
  end

  setup %{store: store} = context do
    Store.put(store, context.test, :running)
    on_exit(:cleanup, fn -> Journal.log("on_exit for #{context.test}") end)
    :ok
  end

  setup :tag_info

  defp tag_info(%{tag_value: v}), do: {:ok, doubled: v * 2}
  defp tag_info(_), do: :ok

  test "sees setup_all data", %{store: store, started_at: t} do
    assert Store.get(store, :seeded)
    assert t == :t0
  end

  @tag tag_value: 21
  test "tag-driven setup", %{doubled: d} do
    assert d == 42
  end

  @tag tag_value: 5
  test "tag-driven setup failing", %{doubled: d} do
    assert d == 11
  end

  test "on_exit can be replaced by name" do
    on_exit(:cleanup, fn -> Journal.log("replaced cleanup") end)
    :ok
  end

  test "on_exit raising fails the test" do
    on_exit(fn -> raise "cleanup failed" end)
    assert true
  end

  @tag timeout: 100
  test "times out" do
    Process.sleep(2000)
  end
end

defmodule BadSetupTest do
  use ExUnit.Case

  setup do
    {:ok, %{not_keyword: 1}}
  end

  test "never reached" do
    assert true
  end
end

defmodule SetupRaisesTest do
  use ExUnit.Case

  setup do
    raise KeyError, key: :missing, term: %{}
  end

  test "setup raised" do
    assert true
  end
end

defmodule SetupAllFailsTest do
  use ExUnit.Case

  setup_all do
    {:error, :db_down}
  end

  test "a" do
    assert true
  end

  test "b" do
    assert true
  end
end
