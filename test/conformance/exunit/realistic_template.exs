ExUnit.start(seed: 3)

defmodule MyCase do
  use ExUnit.CaseTemplate

  using opts do
    quote do
      import MyCase.Helpers
      @moduletag repo: unquote(Keyword.get(opts, :repo, :default))
    end
  end

  setup context do
    on_exit(fn -> send(context[:parent] || self(), :cleaned) end)
    {:ok, from_template: true}
  end

  defmodule Helpers do
    def build(attrs \\ []), do: Enum.into(attrs, %{id: 1, name: "x"})
  end
end

defmodule UserTest do
  use MyCase, repo: :users

  setup :add_user
  setup [:add_role, :check_role]

  defp add_user(_ctx), do: %{user: build(name: "u")}
  defp add_role(ctx), do: {:ok, role: {:admin, ctx.user.name}}
  defp check_role(%{role: {:admin, _}}), do: :ok

  test "context from template and setups", ctx do
    assert ctx.from_template
    assert ctx.repo == :users
    assert ctx.user == %{id: 1, name: "u"}
    assert ctx.role == {:admin, "u"}
  end

  test "helper" do
    assert build().name == "y"
  end

  @tag :tmp
  test "on_exit runs after", ctx do
    assert ctx.tmp
    on_exit(:my_key, fn -> :ok = Process.sleep(1) end)
    assert ctx.test == :"test on_exit runs after"
  end

  test "assert_raise with regex" do
    assert_raise RuntimeError, ~r/^bad \d+$/, fn -> raise "bad 12" end
    assert_raise RuntimeError, ~r/^good/, fn -> raise "bad 13" end
  end

  test "assert_raise no raise" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "assert_raise other exception" do
    assert_raise ArgumentError, fn -> raise KeyError, key: :k end
  end

  test "!= and <=" do
    assert 1 != 2
    assert 5 <= 4
  end

  test "multi-line diff" do
    expected = %{name: "Alice", roles: [:admin, :editor], settings: %{theme: "dark", lang: "en"}}
    actual = %{name: "Alicia", roles: [:admin], settings: %{theme: "light", lang: "en"}}
    assert actual == expected
  end
end
