ExUnit.start(seed: 321, exclude: [:integration], include: [integration: "fast"])

defmodule Prompt do
  def ask(question) do
    answer = IO.gets(question <> " ") |> String.trim()
    IO.puts("You said: #{answer}")
    answer
  end

  def warn(msg), do: IO.puts(:stderr, "warning: " <> msg)

  def table(rows) do
    width = rows |> Enum.map(&String.length(elem(&1, 0))) |> Enum.max()
    for {k, v} <- rows, do: IO.puts(String.pad_trailing(k, width) <> " | " <> to_string(v))
    :ok
  end
end

defmodule Support.Fixtures do
  def rows, do: [{"apples", 3}, {"kiwi", 12}, {"bananas", 0}]
end

defmodule Support.IOCase do
  use ExUnit.CaseTemplate

  using opts do
    quote do
      import ExUnit.CaptureIO
      alias Support.Fixtures
      @moduletag area: unquote(Keyword.get(opts, :area, :general))
    end
  end

  setup context do
    {:ok, rows: Support.Fixtures.rows(), area: context[:area]}
  end
end

defmodule PromptTest do
  use Support.IOCase, async: true, area: :prompt

  test "asks and echoes", %{area: area} do
    assert area == :prompt
    output = capture_io("Ada\n", fn -> assert Prompt.ask("Name?") == "Ada" end)
    assert output == "Name? You said: Ada\n"
  end

  test "stderr capture" do
    assert capture_io(:stderr, fn -> Prompt.warn("low disk") end) == "warning: low disk\n"
  end

  test "table layout", %{rows: rows} do
    out = capture_io(fn -> Prompt.table(rows) end)
    assert out == """
           apples  | 3
           kiwi    | 12
           bananas | 0
           """
  end

  test "table layout wrong on purpose", %{rows: rows} do
    out = capture_io(fn -> Prompt.table(rows) end)
    assert out == """
           apples | 3
           kiwi | 12
           """
  end

  test "with_io returns result and output" do
    {result, out} = with_io(fn -> IO.write("partial"); :done end)
    assert {result, out} == {:done, "partial!"}
  end

  @tag integration: "slow"
  test "excluded slow integration" do
    flunk("should not run")
  end

  @tag integration: "fast"
  test "included fast integration" do
    assert capture_io([input: "x\ny\n", capture_prompt: false], fn ->
             IO.gets("a> ")
             IO.gets("b> ")
           end) == ""
  end

  @tag :skip
  test "skipped" do
    flunk("never")
  end

  test "output printed by a failing test" do
    IO.puts("debug: about to fail")
    assert String.upcase("abc") =~ "abd"
  end
end

defmodule FixturesTest do
  use Support.IOCase

  test "default area", context do
    assert context.area == :general
    assert context.rows |> length() == 4
  end
end
