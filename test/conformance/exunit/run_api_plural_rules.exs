# ExUnit's public API beyond start/run, as Elixir 1.14's: async_run/0 and await_run/1, run/1 with
# modules to run again, plural_rule/1,2 (the summary counts a test type by its rule: a library's
# property tests, registered through register_test/4), ExUnit.Formatter.format_filters/2,
# format_time/2 and format_times/1 (for custom formatters), and `use ExUnit.Case` keeping
# @ex_unit_async in the module's attributes
ExUnit.start(autorun: false, seed: 0)

defmodule PropertyLike do
  defmacro property(name, do: block) do
    quote do
      name = ExUnit.Case.register_test(__ENV__, :property, unquote(name), [])
      def unquote({:unquote, [], [quote(do: name)]})(_context), do: unquote(block)
    end
  end
end

defmodule RunApiTest do
  use ExUnit.Case, async: true
  import PropertyLike

  property "reverse twice" do
    assert Enum.reverse(Enum.reverse([1, 2])) == [1, 2]
  end

  property "sorted" do
    assert Enum.sort([2, 1]) == [2, 1]
  end

  test "plain", do: :ok
end

defmodule SyncTest do
  use ExUnit.Case
  test "sync", do: :ok
end

IO.inspect(ExUnit.plural_rule("property"), label: "before")
ExUnit.plural_rule("property", "properties")
IO.inspect(ExUnit.plural_rule("property"), label: "after")
IO.inspect(ExUnit.plural_rule("test"), label: "test")
IO.inspect(Keyword.get(RunApiTest.__info__(:attributes), :ex_unit_async), label: "async attribute")
IO.inspect(Keyword.get(SyncTest.__info__(:attributes), :ex_unit_async), label: "sync attribute")
IO.puts(ExUnit.Formatter.format_filters([:slow, area: "billing"], :exclude))
IO.puts(ExUnit.Formatter.format_filters([], :include))
IO.puts("> " <> ExUnit.Formatter.format_time(1_234_567, 456_789))
IO.puts("> " <> ExUnit.Formatter.format_time(56_789, nil))
IO.puts("> " <> ExUnit.Formatter.format_times(%{run: 2_500_000, load: nil, async: 1_000_000}))

task = ExUnit.async_run()
IO.inspect(ExUnit.await_run(task), label: "async_run")
IO.inspect(ExUnit.run(), label: "nothing left")
IO.inspect(ExUnit.run([SyncTest]), label: "run again")
