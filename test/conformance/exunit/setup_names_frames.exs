# setup/setup_all given something other than callback names raise as the test module's body runs,
# through Elixir 1.14's ExUnit.Callbacks.__setup__/2 or __setup_all__/2, callbacks/1 and its
# Enum.reduce fn: their names and lines in lib/ex_unit/callbacks.ex
ExUnit.start(autorun: false)

show = fn f ->
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      __STACKTRACE__ |> Enum.take(4) |> Enum.each(&IO.inspect/1)
  end
end

show.(fn ->
  defmodule SetupAllBad do
    use ExUnit.Case
    setup_all [:ok, "x"]
  end
end)

show.(fn ->
  defmodule SetupBad do
    use ExUnit.Case
    setup {TestHelpers, :with_user}
  end
end)

show.(fn ->
  defmodule SetupGood do
    use ExUnit.Case
    setup [:a, :b]
    def a(_), do: :ok
    def b(_), do: :ok
  end
  IO.puts("defined")
end)
