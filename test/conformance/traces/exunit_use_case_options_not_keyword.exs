# `use ExUnit.Case` checks its options as the module body runs, as Elixir 1.14's
# ExUnit.Case.__register__/2: a list of options or an ArgumentError (a non-boolean :async is ignored)
ExUnit.start(seed: 0)

defmodule AsyncNotBooleanTest do
  use ExUnit.Case, async: "yes"
  test "sync", ctx, do: IO.inspect(ctx.async, label: "async")
end

IO.inspect(Keyword.get(AsyncNotBooleanTest.__info__(:attributes), :ex_unit_async), label: "attribute")

defmodule OptionsNotKeywordTest do
  use ExUnit.Case, :async
  test "never", do: :ok
end
