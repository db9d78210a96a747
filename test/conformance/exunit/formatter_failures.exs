# ExUnit.Formatter.format_test_failure/5 and format_test_all_failure/5: the numbered failure
# blocks of the CLI report, for every kind of failure (no colours: the callback passes text on)
defmodule Main do
  def plain(:diff_enabled?, _), do: false
  def plain(_key, text), do: text

  def test(name, line), do: %ExUnit.Test{name: name, module: SampleTest, case: SampleTest, tags: %{file: "sample_test.exs", line: line}}

  def show(test, failures, counter) do
    IO.puts(ExUnit.Formatter.format_test_failure(test, failures, counter, 80, &plain/2))
  end

  def run do
    assertion = %ExUnit.AssertionError{message: "Assertion with == failed", left: 1, right: 2}
    show(test(:"test equal", 3), [{:error, assertion, [{SampleTest, :"test equal", 1, [file: 'sample_test.exs', line: 4]}]}], 1)

    truthy = %ExUnit.AssertionError{message: "Expected truthy, got nil"}
    show(test(:"test truthy", 7), [{:error, truthy, [{SampleTest, :"test truthy", 1, [file: 'sample_test.exs', line: 8]}]}], 2)

    show(test(:"test raise", 10), [{:error, %ArgumentError{message: "bad"}, [{SampleTest, :"test raise", 1, [file: 'sample_test.exs', line: 11]}]}], 3)
    show(test(:"test throw", 12), [{:throw, :oops, [{SampleTest, :"test throw", 1, [file: 'sample_test.exs', line: 13]}]}], 4)
    show(test(:"test exit", 14), [{:exit, :boom, [{SampleTest, :"test exit", 1, [file: 'sample_test.exs', line: 15]}]}], 5)
    show(test(:"test exit shutdown", 16), [{:exit, {:shutdown, :later}, []}], 6)

    helper = [{SampleHelper, :check, 2, [file: 'sample_helper.ex', line: 20]}, {SampleTest, :"test deep", 1, [file: 'sample_test.exs', line: 18]}]
    show(test(:"test deep", 17), [{:error, %KeyError{key: :k, term: %{}}, helper}], 7)

    long = %ExUnit.AssertionError{message: "Assertion with == failed", left: Enum.to_list(1..30), right: %{alpha: String.duplicate("a", 40), beta: String.duplicate("b", 40)}}
    show(test(:"test long values", 20), [{:error, long, [{SampleTest, :"test long values", 1, [file: 'sample_test.exs', line: 21]}]}], 12)

    all = %ExUnit.TestModule{name: SampleTest, file: "sample_test.exs"}
    IO.puts(ExUnit.Formatter.format_test_all_failure(all, [{:error, %RuntimeError{message: "setup_all broke"}, [{SampleTest, :__ex_unit_setup_all_0, 1, [file: 'sample_test.exs', line: 2]}]}], 3, 80, &plain/2))
  end
end

Main.run()
