ExUnit.start(seed: 4242)

defmodule MyAssertions do
  import ExUnit.Assertions

  defmacro assert_sorted(list, opts \\ []) do
    quote bind_quoted: [list: list, opts: opts] do
      order = Keyword.get(opts, :order, :asc)
      sorted = Enum.sort(list, order)

      unless list == sorted do
        raise ExUnit.AssertionError,
          left: list,
          right: sorted,
          message: "expected list to be sorted #{order}"
      end

      list
    end
  end

  defmacro assert_eventually(expr, attempts \\ 5) do
    quote do
      Enum.reduce_while(1..unquote(attempts), nil, fn _, _ ->
        if unquote(expr), do: {:halt, true}, else: (Process.sleep(10); {:cont, false})
      end) || flunk("condition never became true: " <> unquote(Macro.to_string(expr)))
    end
  end

  def assert_valid_email(email) do
    assert email =~ ~r/^[^@\s]+@[^@\s]+\.[a-z]+$/, "invalid email: #{inspect(email)}"
  end
end

defmodule Counter do
  def start, do: Agent.start_link(fn -> 0 end)
  def bump(pid), do: Agent.update(pid, &(&1 + 1))
  def value(pid), do: Agent.get(pid, & &1)
end

defmodule CustomAssertionsTest do
  use ExUnit.Case
  import MyAssertions

  ExUnit.Case.register_attribute(__MODULE__, :fixtures, accumulate: true)

  test "sorted ascending" do
    assert assert_sorted([1, 2, 3]) == [1, 2, 3]
  end

  test "not sorted" do
    assert_sorted([3, 1, 2])
  end

  test "sorted descending option" do
    assert_sorted([3, 2, 1], order: :desc)
    assert_sorted([1, 3, 2], order: :desc)
  end

  test "eventually true" do
    {:ok, pid} = Counter.start()
    spawn(fn -> for _ <- 1..3, do: Counter.bump(pid) end)
    assert_eventually(Counter.value(pid) == 3, 50)
  end

  test "eventually never" do
    {:ok, pid} = Counter.start()
    assert_eventually(Counter.value(pid) > 100, 3)
  end

  test "emails" do
    assert_valid_email("ann@example.com")
    assert_valid_email("bad@address")
  end

  @fixtures :users
  @fixtures :orders
  test "registered attributes", context do
    assert context.registered.fixtures == [:orders, :users]
    assert context.registered.fixtures == [:users]
  end

  test "raise AssertionError directly" do
    raise ExUnit.AssertionError, message: "custom failure", expr: quote(do: my_check(1, 2))
  end

  test "flunk with message" do
    flunk("not done yet")
  end

  test "assert with explicit message on equality" do
    assert 1 == 2, "numbers differ"
  end

  for {name, input, expected} <- [{"upcase", "ab", "AB"}, {"reverse", "ab", "ab"}] do
    describe "string op #{name}" do
      @input input
      @expected expected
      @op String.to_atom(name)
      test "gives #{expected}" do
        assert apply(String, @op, [@input]) == @expected
      end
    end
  end
end
