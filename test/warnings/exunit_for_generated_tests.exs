# parameterised tests a `for` in the module body generates: their unused variables are each
# test's (named as interpolated), after the body's own
ExUnit.start(seed: 0)

defmodule ParamTest do
  use ExUnit.Case
  y = 5

  for {input, expected} <- [{1, 2}, {2, 4}] do
    test "double #{input}", ctx do
      unused = 1
      assert unquote(input) * 2 == unquote(expected)
    end

    @tag input: input
    test "tagged #{input}", %{input: i} do
      assert i == unquote(input)
    end
  end

  test "plain", ctx do
    :ok
  end
end
