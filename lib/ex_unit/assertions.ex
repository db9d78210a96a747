# ExUnit.Assertions: the functions behind the assertion macros (the macros, which quote the
# asserted code for the failure report, are defined beside them once macros exist).
defmodule ExUnit.Assertions do
  @no_value :ex_unit_no_meaningful_value

  def assert(value, message) when is_binary(message), do: assert(value, message: message)

  def assert(value, opts) when is_list(opts) do
    unless value, do: raise(ExUnit.AssertionError, opts)
    true
  end

  def refute(value, message) when is_binary(message), do: not assert(!value, message: message)
  def refute(value, opts) when is_list(opts), do: not assert(!value, opts)

  def flunk(message \\ "Flunked!") when is_binary(message) do
    assert false, message: message
  end

  def assert_in_delta(left, right, delta, message \\ nil)

  def assert_in_delta(_, _, delta, _) when delta < 0 do
    raise ArgumentError, "delta must always be a positive number, got: #{inspect(delta)}"
  end

  def assert_in_delta(left, right, delta, message) do
    diff = abs(left - right)

    message =
      message ||
        "Expected the difference between #{inspect(left)} and #{inspect(right)} " <>
          "(#{inspect(diff)}) to be less than or equal to #{inspect(delta)}"

    assert diff <= delta, message
  end

  def refute_in_delta(left, right, delta, message \\ nil) do
    diff = abs(left - right)

    message =
      message ||
        "Expected the difference between #{inspect(left)} and #{inspect(right)} " <>
          "(#{inspect(diff)}) to be more than #{inspect(delta)}"

    refute diff <= delta, message
  end

  def assert_raise(exception, function) when is_function(function) do
    try do
      function.()
    rescue
      error ->
        name = error.__struct__

        cond do
          name == exception ->
            check_error_message(name, error)
            error

          name == ExUnit.AssertionError ->
            reraise(error, __STACKTRACE__)

          true ->
            message =
              "Expected exception #{inspect(exception)} " <>
                "but got #{inspect(name)} (#{Exception.message(error)})"

            reraise(ExUnit.AssertionError.exception(message: message), __STACKTRACE__)
        end
    else
      _ -> flunk("Expected exception #{inspect(exception)} but nothing was raised")
    end
  end

  def assert_raise(exception, message, function) when is_function(function) do
    error = assert_raise(exception, function)

    match? =
      cond do
        is_binary(message) -> Exception.message(error) == message
        Kernel.is_struct(message, Regex) -> Regex.match?(message, Exception.message(error))
      end

    message =
      "Wrong message for #{inspect(exception)}\n" <>
        "expected:\n" <>
        "  #{inspect(message)}\n" <>
        "actual:\n" <> "  #{inspect(Exception.message(error))}"

    assert match?, message: message
    error
  end

  defp check_error_message(module, error) do
    module.message(error)
  catch
    kind, reason ->
      message =
        "Got exception #{inspect(module)} but it failed to produce a message with:\n\n" <>
          Exception.format(kind, reason, __STACKTRACE__)

      flunk(message)
  end

  @doc false
  # the failure of assert_receive/assert_received: the mailbox is shown against the pattern
  def __receive_failure__(timeout, pattern_string, expr) do
    {:messages, messages} = Process.info(self(), :messages)
    shown = Enum.take(messages, 10)

    header =
      case messages do
        [] -> "The process mailbox is empty."
        _ -> "Showing #{length(shown)} of #{length(messages)} messages in the mailbox"
      end

    opts = [message: "Assertion failed, no matching message after #{timeout}ms\n" <> header, expr: expr]
    opts = if shown == [], do: opts, else: opts ++ [context: {:mailbox, pattern_string, shown}]
    raise ExUnit.AssertionError, opts
  end

  @doc false
  def __refute_receive_failure__(message, pattern_string, expr) do
    raise ExUnit.AssertionError,
      message: "Unexpectedly received message #{inspect(message)} (which matched #{pattern_string})",
      expr: expr
  end

  @doc false
  def __no_value__, do: @no_value
end
