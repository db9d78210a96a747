# A CompileError raised by Code.eval_quoted/eval_string inside a test: ExUnit sets the VM's
# backtrace depth to its stacktrace_depth (20), so the report shows the expander's frames (of the
# elixir app), Code's, then the test's own line, and the `code:` line of the test.
ExUnit.start(seed: 0)

defmodule CompileErrorTraceTest do
  use ExUnit.Case

  test "eval_quoted of an unbound hygienic var" do
    {r, _} = Code.eval_quoted(quote(do: y = x + 1), x: 2)
    assert r == 3
  end

  test "eval_string of an undefined local" do
    Code.eval_string("z + 1")
  end

  test "depth seen by the test" do
    assert :erlang.system_flag(:backtrace_depth, 20) == 20
  end
end
