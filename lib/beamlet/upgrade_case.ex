defmodule Beamlet.UpgradeCase do
  @moduledoc """
  Property-based tests of hot upgrades from ExUnit (see testing/README.md for the spec format).

      defmodule CounterUpgradeTest do
        use Beamlet.UpgradeCase

        test "v1 -> v2 keeps the counter sound" do
          assert_upgrade_safe("test/counter_spec.exs", "lib/counter_v1.ex", "lib/counter_v2.ex")
        end
      end

  Each run starts the server on the old code in fresh deterministic nodes, performs random
  client operations, upgrades at a random point and checks the spec's invariants; a failure is
  shrunk to a minimal scenario whose report (with the seed that replays it) is the message.
  """

  defmacro __using__(opts) do
    quote do
      use ExUnit.Case, unquote(opts)
      import Beamlet.UpgradeCase
    end
  end

  @doc """
  Runs the property: `{:ok, report}` when every scenario passed, `{:error, report}` with the
  minimal failing scenario otherwise. Options: `:runs` (100), `:seed`, `:max_ops` (12).
  """
  def check_upgrade(spec, old, new, opts \\ []) when is_binary(spec) and is_binary(old) and is_binary(new) and is_list(opts) do
    ref = :beamlet_upgrade_test.start(spec, old, new, Map.new(opts))

    receive do
      {:beamlet_upgrade_test, ^ref, result} -> result
    end
  end

  @doc "Runs the property and raises ExUnit.AssertionError with the report when it fails."
  def assert_upgrade_safe(spec, old, new, opts \\ []) do
    case check_upgrade(spec, old, new, opts) do
      {:ok, report} -> report
      {:error, report} -> raise ExUnit.AssertionError, message: String.trim_trailing(report)
    end
  end

  @doc "Runs the property and raises ExUnit.AssertionError when every scenario passes."
  def refute_upgrade_safe(spec, old, new, opts \\ []) do
    case check_upgrade(spec, old, new, opts) do
      {:error, report} -> report
      {:ok, report} -> raise ExUnit.AssertionError, message: "expected the upgrade to fail the property, but:\n" <> String.trim_trailing(report)
    end
  end
end
