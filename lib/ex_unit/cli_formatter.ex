# ExUnit.CLIFormatter: what `mix test` prints (Elixir 1.14): dots or --trace lines, numbered
# failure blocks, the timing line, the counts and the seed. Called by the runner with each event;
# the state carries the counters. Coloured as ExUnit colours them when `colors: [enabled: ...]`
# says so (by default when IO.ANSI.enabled?: standard output a terminal, NO_COLOR unset): passed
# tests green, failed ones red, skipped and invalid ones yellow, the failures' labels cyan, their
# locations bright black, their errors red, and the sides of a comparison diffed.
defmodule ExUnit.CLIFormatter do
  @moduledoc false
  import ExUnit.Formatter, only: [format_test_failure: 5, format_test_all_failure: 5]

  # the colours `colors:` can change (the others are fixed)
  @diff_colors [
    diff_delete: :red,
    diff_delete_whitespace: IO.ANSI.color_background(2, 0, 0),
    diff_insert: :green,
    diff_insert_whitespace: IO.ANSI.color_background(0, 2, 0)
  ]
  @fixed_colors [
    extra_info: :cyan,
    location_info: [:bright, :black],
    error_info: :red,
    success: :green,
    failure: :red,
    invalid: :yellow,
    skipped: :yellow
  ]

  def init(config) do
    %{
      trace: config.trace,
      seed: config.seed,
      include: config.include,
      exclude: config.exclude,
      # (the terminal's columns, at least 40, as ExUnit reads them; 80 off a terminal)
      width: terminal_width(),
      colors: colors(Map.get(config, :colors, [])),
      failure_counter: 0,
      test_counter: %{},
      excluded_counter: 0,
      skipped_counter: 0,
      invalid_counter: 0,
      # {module, name} => test file of the tests that failed, or nil for those that passed, for
      # the failures manifest of `beamlet test --failed` (skipped and excluded ones change nothing)
      results: %{},
      slowest: config.slowest,
      # {test, time} of the tests that ran, for the slowest report
      timings: []
    }
  end

  def suite_started(state) do
    if state.include != [] or state.exclude != [] do
      if state.exclude != [], do: puts("Excluding tags: #{inspect(state.exclude)}")
      if state.include != [], do: puts("Including tags: #{inspect(state.include)}")
      puts("")
    end

    state
  end

  def module_started(state, test_module) do
    if state.trace do
      puts("\n#{inspect(test_module.name)} [#{Path.relative_to_cwd(test_module.file)}]")
    end

    state
  end

  def test_started(state, test) do
    if state.trace, do: write("  * #{test_name(test)} [L##{test.tags.line}]")
    state
  end

  def test_finished(state, %{state: nil} = test) do
    if state.trace,
      do: puts(colorize(state, :success, trace_line(test, format_us(test.time) <> "ms"))),
      else: write(colorize(state, :success, "."))

    count_test(result(timed(state, test), test, nil), test)
  end

  def test_finished(state, %{state: {:excluded, _}} = test) do
    if state.trace, do: puts(trace_line(test, "excluded"))
    count_test(%{state | excluded_counter: state.excluded_counter + 1}, test)
  end

  def test_finished(state, %{state: {:skipped, _}} = test) do
    if state.trace, do: puts(colorize(state, :skipped, trace_line(test, "skipped"))), else: write(colorize(state, :skipped, "*"))
    count_test(%{state | skipped_counter: state.skipped_counter + 1}, test)
  end

  def test_finished(state, %{state: {:invalid, _}} = test) do
    if state.trace,
      do: puts(colorize(state, :invalid, trace_line(test, format_us(test.time) <> "ms"))),
      else: write(colorize(state, :invalid, "?"))

    count_test(result(%{state | invalid_counter: state.invalid_counter + 1}, test, test.tags.file), test)
  end

  def test_finished(state, %{state: {:failed, failures}} = test) do
    if state.trace, do: puts(colorize(state, :failure, trace_line(test, format_us(test.time) <> "ms")))
    counter = state.failure_counter + 1
    ExUnit.EventManager.report_coming()
    print_failure(format_test_failure(test, failures, counter, state.width, formatter(state)), state)
    print_logs(test.logs)
    count_test(result(%{timed(state, test) | failure_counter: counter}, test, test.tags.file), test)
  end

  # the module's tests that passed count as failed now (its failure came after them, from an
  # on_exit callback of setup_all); the module's report takes the last number (0 when none)
  def module_finished(state, %{state: {:failed, failures}} = test_module) do
    passed = for %{state: nil} = test <- test_module.tests, do: test
    state = Enum.reduce(passed, state, &result(&2, &1, &1.tags.file))
    state = %{state | failure_counter: state.failure_counter + length(passed)}
    print_failure(format_test_all_failure(test_module, failures, state.failure_counter, state.width, formatter(state)), state)
    state
  end

  def module_finished(state, _test_module), do: state

  def suite_finished(state, times, halted) do

    total = state.test_counter |> Map.values() |> Enum.sum()
    if total > 0 and total == state.excluded_counter, do: puts("All tests have been excluded.")
    # after --max-failures, the notice takes the place of the blank line
    if halted, do: puts(colorize(state, :failure, "--max-failures reached, aborting test suite")), else: write("\n")
    puts(ExUnit.Formatter.format_times(times))
    if state.slowest > 0, do: print_slowest(state, times.run)

    counts =
      state.test_counter
      |> Enum.sort()
      |> Enum.map(fn {type, n} -> "#{n} #{pluralize(n, Atom.to_string(type), ExUnit.plural_rule(Atom.to_string(type)))}, " end)

    # (the skipped count in its own colour inside the line's)
    skipped = if state.skipped_counter > 0, do: ", " <> colorize(state, :skipped, "#{state.skipped_counter} skipped"), else: ""

    message =
      "#{counts}#{state.failure_counter} #{pluralize(state.failure_counter, "failure", "failures")}" <>
        if_positive(state.excluded_counter, "excluded") <>
        if_positive(state.invalid_counter, "invalid") <> skipped

    cond do
      state.failure_counter > 0 -> puts(colorize(state, :failure, message))
      state.invalid_counter > 0 -> puts(colorize(state, :invalid, message))
      true -> puts(colorize(state, :success, message))
    end
    puts("\nRandomized with seed #{state.seed}")
    state
  end

  def stats(state) do
    total = state.test_counter |> Map.values() |> Enum.sum()

    %{
      total: total,
      # invalid tests (their setup_all failed) make the run fail too
      failures: state.failure_counter + state.invalid_counter,
      excluded: state.excluded_counter,
      skipped: state.skipped_counter,
      results: state.results
    }
  end

  # `colors:` of the configuration over ExUnit's diff colours, enabled unless it says otherwise
  # when IO.ANSI.enabled? is
  defp colors(config) do
    config = Enum.to_list(config)
    Keyword.merge(@diff_colors, config) |> Keyword.put_new(:enabled, IO.ANSI.enabled?())
  end

  defp terminal_width do
    case :io.columns() do
      {:ok, width} -> max(40, width)
      _ -> 80
    end
  end

  defp colorize(%{colors: colors}, key, text) do
    color = if key in Keyword.keys(@diff_colors), do: colors[key], else: @fixed_colors[key]

    if colors[:enabled],
      do: IO.iodata_to_binary([IO.ANSI.format_fragment(color, true), text, IO.ANSI.reset()]),
      else: text
  end

  # the callback ExUnit.Formatter colours a failure's parts with
  defp formatter(state) do
    fn
      :diff_enabled?, _ -> state.colors[:enabled] == true
      :blame_diff, text -> if state.colors[:enabled], do: colorize(state, :diff_delete, text), else: "-" <> text <> "-"
      key, text when key in [:error_info, :extra_info, :location_info, :diff_delete, :diff_insert] -> colorize(state, key, text)
      key, text when key in [:diff_delete_whitespace, :diff_insert_whitespace] -> colorize(state, key, text)
      _, text -> text
    end
  end

  defp result(state, test, file), do: %{state | results: Map.put(state.results, {test.module, test.name}, file)}

  defp if_positive(0, _label), do: ""
  defp if_positive(n, label), do: ", #{n} #{label}"

  defp pluralize(1, singular, _plural), do: singular
  defp pluralize(_, _singular, plural), do: plural

  defp count_test(state, test) do
    type = Map.get(test.tags, :test_type, :test)
    %{state | test_counter: Map.update(state.test_counter, type, 1, &(&1 + 1))}
  end

  # (through the event manager, which holds the output back after a failure report)
  defp puts(chardata), do: ExUnit.EventManager.write([chardata, ?\n])
  defp write(chardata), do: ExUnit.EventManager.write(chardata)

  defp print_failure(formatted, state) do
    if state.trace, do: puts("\n" <> formatted), else: puts("\n\n" <> formatted)
  end

  # what a test run with capture_log logged, under its failure
  defp print_logs(""), do: nil

  defp print_logs(output) do
    indent = "\n     "
    puts(["     The following output was logged:", indent | String.replace(output, "\n", indent)])
  end

  # (a line of --trace or --slowest: a line break in the name shows as a space)
  defp test_name(%{name: name}), do: name |> Atom.to_string() |> String.replace("\n", " ")

  defp timed(%{slowest: 0} = state, _test), do: state
  defp timed(state, test), do: %{state | timings: [test | state.timings]}

  # `slowest: N`: the N tests that took longest, with their share of the run's time
  defp print_slowest(state, run_us) do
    slowest = state.timings |> Enum.reverse() |> Enum.sort_by(& &1.time, :desc) |> Enum.take(state.slowest)
    slowest_us = Enum.reduce(slowest, 0, &(&1.time + &2))
    percentage = Float.round(slowest_us / max(run_us, 1) * 100, 1)
    puts("\nTop #{state.slowest} slowest (#{ExUnit.Formatter.__format_seconds__(slowest_us)}s), #{percentage}% of total time:\n")

    for test <- slowest do
      puts("  * #{test_name(test)} (#{inspect(test.module)}) (#{format_us(test.time)}ms) [#{Path.relative_to_cwd(test.tags.file)}:#{test.tags.line}]")
    end

    puts("")
  end

  defp trace_line(test, info), do: "\r  * #{test_name(test)} (#{info}) [L##{test.tags.line}]"

  # milliseconds for a --trace line: 0.0Xms below 0.1ms, else one decimal
  defp format_us(us) do
    tens = div(us, 10)

    if tens < 10 do
      "0.0#{tens}"
    else
      hundreds = div(tens, 10)
      "#{div(hundreds, 10)}.#{rem(hundreds, 10)}"
    end
  end
end
