defmodule Validate do
  @moduledoc """
  A tiny validation DSL.

      iex> defmodule Demo do
      ...>   use Validate
      ...>   field :age, :integer, min: 0
      ...> end
      iex> Demo.validate(%{age: 3})
      {:ok, %{age: 3}}
  """
  defmacro __using__(_opts) do
    quote do
      import Validate, only: [field: 2, field: 3]
      Module.register_attribute(__MODULE__, :fields, accumulate: true)
      @before_compile Validate
    end
  end

  defmacro field(name, type, opts \\ []) do
    quote do
      @fields {unquote(name), unquote(type), unquote(opts)}
    end
  end

  defmacro __before_compile__(env) do
    fields = env.module |> Module.get_attribute(:fields) |> Enum.reverse()

    quote do
      def fields, do: unquote(Macro.escape(fields))
      def validate(params), do: Validate.run(unquote(Macro.escape(fields)), params)
    end
  end

  @doc """
  Checks one value.

      iex> Validate.check(5, :integer, min: 10)
      {:error, "must be at least 10"}
      iex> Validate.check("x", :string, [])
      :ok
  """
  def check(v, :integer, opts) when is_integer(v) do
    cond do
      opts[:min] && v < opts[:min] -> {:error, "must be at least #{opts[:min]}"}
      opts[:max] && v > opts[:max] -> {:error, "must be at most #{opts[:max]}"}
      true -> :ok
    end
  end

  def check(v, :string, opts) when is_binary(v) do
    cond do
      opts[:format] && not (v =~ opts[:format]) -> {:error, "has invalid format"}
      opts[:in] && v not in opts[:in] -> {:error, "is not one of #{inspect(opts[:in])}"}
      true -> :ok
    end
  end

  def check(_v, type, _opts), do: {:error, "must be a #{type}"}

  def run(fields, params) do
    errors =
      for {name, type, opts} <- fields,
          result = fetch(params, name, opts),
          result != :skip,
          {:error, msg} <- [(case result do
                              {:missing} -> {:error, "is required"}
                              {:value, v} -> check(v, type, opts)
                            end)],
          do: {name, msg}

    if errors == [], do: {:ok, Map.take(params, Enum.map(fields, &elem(&1, 0)))}, else: {:error, errors}
  end

  defp fetch(params, name, opts) do
    case Map.fetch(params, name) do
      {:ok, v} -> {:value, v}
      :error -> if opts[:required], do: {:missing}, else: :skip
    end
  end
end

defmodule Signup do
  use Validate
  field :email, :string, required: true, format: ~r/@/
  field :age, :integer, min: 13, max: 130
  field :plan, :string, in: ["free", "pro"]
end

ExUnit.start(seed: 0, trace: false)

defmodule ValidateTest do
  use ExUnit.Case, async: true
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog
  require Logger

  setup do
    {:ok, good: %{email: "a@b.c", age: 30, plan: "pro"}}
  end

  describe "Signup.validate/1" do
    test "accepts valid params", %{good: good} do
      assert {:ok, ^good} = Signup.validate(good)
    end

    test "drops unknown keys", %{good: good} do
      assert {:ok, result} = Signup.validate(Map.put(good, :admin, true))
      refute Map.has_key?(result, :admin)
    end

    test "collects every error" do
      assert {:error, errors} = Signup.validate(%{age: 5, plan: "gold"})
      assert errors == [email: "is required", age: "must be at least 13", plan: ~s(is not one of ["free", "pro"])]
      assert length(errors) == 3
    end

    @tag :wrong
    test "a failing assertion shows both sides", %{good: good} do
      assert Signup.validate(%{good | age: 200}) == {:ok, good}
    end
  end

  describe "DSL" do
    test "fields are declared in order" do
      assert Enum.map(Signup.fields(), &elem(&1, 0)) == [:email, :age, :plan]
    end

    test "type errors" do
      assert Validate.check(1.5, :integer, []) == {:error, "must be a integer"}
      assert_raise FunctionClauseError, fn -> Validate.run(:not_a_list, %{}) end
    end
  end

  test "capture_io and capture_log" do
    out = capture_io(fn -> IO.puts("validating...") end)
    assert out == "validating...\n"
    log = capture_log(fn -> Logger.warning("careful") end)
    assert log =~ "[warning] careful"
    assert capture_io(:stderr, fn -> IO.write(:stderr, "oops") end) == "oops"
  end

  test "assert_raise with message" do
    assert_raise ArgumentError, ~r/errors were found/, fn -> String.to_integer("x") end
    assert_raise KeyError, "key :nope not found in: %{}", fn -> Map.fetch!(%{}, :nope) end
  end

  test "pattern assertion failure" do
    assert {:ok, _} = Signup.validate(%{})
  end

  test "assert_receive" do
    send(self(), {:done, 42})
    assert_receive {:done, n} when n > 40
    refute_received :other
  end
end
