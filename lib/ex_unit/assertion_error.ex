defmodule ExUnit.AssertionError do
  @moduledoc "Raised when an assertion fails."
  @no_value :ex_unit_no_meaningful_value

  defexception left: @no_value,
               right: @no_value,
               message: @no_value,
               expr: @no_value,
               args: @no_value,
               doctest: @no_value,
               context: :==

  @doc "Indicates no meaningful value for a field."
  def no_value, do: @no_value

  @impl true
  def message(exception) do
    "\n\n" <> ExUnit.Formatter.format_assertion_error(exception) <> "\n"
  end
end

defmodule ExUnit.MultiError do
  @moduledoc "Raised to signal several errors happened in a test case."
  defexception errors: []

  @impl true
  def message(%{errors: errors}), do: "got the following errors:\n\n" <> Enum.map_join(errors, "\n\n", fn {kind, error, stack} -> Exception.format_banner(kind, error, stack) end)
end
