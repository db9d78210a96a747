ExUnit.start(seed: 42, exclude: [:integration], max_failures: 100)

defmodule Slug do
  def slugify(s) do
    s
    |> String.downcase()
    |> String.normalize(:nfd)
    |> String.replace(~r/[^a-z0-9\s-]/u, "")
    |> String.split(~r/[\s-]+/, trim: true)
    |> Enum.join("-")
  end
end

defmodule SlugTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureLog
  require Logger

  @cases [
    {"Hello World", "hello-world"},
    {"  Trim  me ", "trim-me"},
    {"Crème Brûlée", "creme-brulee"},
    {"a--b", "a-b"},
    {"Ünïcödé", "unicode-wrong"}
  ]

  for {input, expected} <- @cases do
    @tag input: input
    test "slugify #{inspect(input)}", %{input: input} do
      assert Slug.slugify(input) == unquote(expected)
    end
  end

  describe "with setup functions" do
    setup [:make_list, :add_count]

    @describetag :lists
    test "list is there", ctx do
      assert ctx.list == [1, 2, 3]
      assert ctx.count == 3
      assert ctx.lists
    end

    test "context keys", ctx do
      assert Map.take(ctx, [:describe, :test, :module]) == %{describe: "with setup functions", test: :"test with setup functions context keys", module: SlugTest}
      assert ctx.describe_line == 35
    end
  end

  setup do
    on_exit(fn -> send(:slug_watcher, :cleaned) end)
    :ok
  end

  defp make_list(_), do: %{list: [1, 2, 3]}
  defp add_count(%{list: l}), do: [count: length(l)]

  @tag :integration
  test "excluded" do
    flunk("should not run")
  end

  test "logs" do
    log = capture_log(fn -> Logger.warning("careful #{1 + 1}") end)
    assert log =~ "[warning] careful 2"
    refute log =~ "nope"
  end

  @tag capture_log: true
  test "captured log with failure" do
    Logger.error("this is hidden")
    assert 1 == 2
  end

  test "not implemented"
end

defmodule Watcher do
  def start do
    pid = spawn(fn -> loop(0) end)
    Process.register(pid, :slug_watcher)
  end
  defp loop(n) do
    receive do
      :cleaned -> loop(n + 1)
    end
  end
end
Watcher.start()
