# ExUnit.CaseTemplate as apps write a DataCase: `using opts` code, setup and setup_all that run
# before the case's own, helpers imported, the options of `use` passed on to ExUnit.Case.
ExUnit.start(seed: 0, trace: true)

defmodule MyApp.DataCase do
  use ExUnit.CaseTemplate

  using opts do
    quote do
      import MyApp.DataCase
      alias MyApp.Repo
      @repo_opts unquote(opts)
    end
  end

  setup tags do
    repo = start_supervised!({Agent, fn -> %{async: tags[:async]} end})
    {:ok, repo: repo}
  end

  setup_all do
    {:ok, shared: :yes}
  end

  def insert!(repo, key, value) do
    Agent.update(repo, &Map.put(&1, key, value))
    value
  end

  def errors_on(%{errors: errors}), do: Map.new(errors, fn {k, {msg, _}} -> {k, [msg]} end)
end

defmodule MyApp.Repo do
  def all(repo), do: Agent.get(repo, & &1)
end

defmodule MyApp.PlainCase do
  use ExUnit.CaseTemplate
  setup do
    %{plain: true}
  end
end

defmodule MyApp.UserTest do
  use MyApp.DataCase, async: true

  setup [:create_user, :tag_admin]

  defp create_user(%{repo: repo}) do
    %{user: insert!(repo, :user, %{name: "ann", admin: false})}
  end

  defp tag_admin(%{user: user} = ctx) do
    if ctx[:admin], do: %{user: %{user | admin: true}}, else: :ok
  end

  test "repo and user", %{repo: repo, user: user, shared: shared} = ctx do
    assert Repo.all(repo).user == user
    assert shared == :yes
    assert @repo_opts == [async: true]
    assert ctx.async
  end

  @tag :admin
  test "admin tag", %{user: user} do
    assert user.admin
  end

  test "errors_on" do
    assert errors_on(%{errors: [name: {"can't be blank", [validation: :required]}]}) == %{name: ["can't be blank"]}
    assert errors_on(%{errors: [name: {"is invalid", []}]}) == %{name: ["can't be blank"]}
  end

  describe "with describe setup" do
    setup %{user: user} do
      %{user: %{user | name: String.upcase(user.name)}}
    end

    test "upcased", %{user: user} do
      assert user.name == "ANN"
    end

    test "context is not shared", %{user: user} do
      assert user.name == "ann"
    end
  end
end

defmodule MyApp.PlainTest do
  use MyApp.PlainCase

  test "no using block", ctx do
    assert ctx.plain
    refute ctx.async
  end
end
