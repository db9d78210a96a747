# `beamlet test` (as `mix test`): the helper script, then the test files, then the suite; the exit
# status is 0 when everything passed, 2 when a test failed (1 for an error outside the tests).
defmodule ExUnit.TestCommand do
  @moduledoc false

  # helpers (one a test path, in order: a module, or {:missing, path}) and files are compiled
  # scripts (their __FILE__/1 runs the file; files as {module, path}); opts is a keyword
  # list for ExUnit.configure/1 plus :manifest (where the failed tests are kept for --failed)
  def run(helpers, files, opts) do
    {manifest, opts} = Keyword.pop(opts, :manifest)
    {failed_only?, opts} = Keyword.pop(opts, :failed, false)
    {lines, opts} = Keyword.pop(opts, :lines, [])
    {paths, opts} = Keyword.pop(opts, :paths, [])
    {exit_status, opts} = Keyword.pop(opts, :exit_status, 2)
    {raise?, opts} = Keyword.pop(opts, :raise, false)
    {partitions, opts} = Keyword.pop(opts, :partitions)
    {test_paths, opts} = Keyword.pop(opts, :test_paths, ["test"])
    only = Keyword.get(opts, :only, [])
    opts = only_filters(opts)
    # mix test has started the :ex_unit application and configured it before the helper runs
    ExUnit.Server.load_app()
    ExUnit.configure([autorun: false] ++ opts)
    Enum.each(helpers, &require_test_helper/1)
    # the command line's options win over the helper's, except that excludes add up; a FILE:LINE
    # filter replaces every other
    helper_exclude = List.wrap(ExUnit.configuration()[:exclude])
    opts = Keyword.update(opts, :exclude, helper_exclude, &Enum.uniq(&1 ++ helper_exclude))
    opts = if lines == [], do: opts, else: Keyword.merge(opts, exclude: [:test], include: lines)
    ExUnit.configure(opts)

    manifest_map = read_manifest(manifest)

    # --failed: only the files with a test that failed, and in them only those tests, as mix test
    files =
      if failed_only? do
        failed_files = manifest_map |> Map.values() |> Enum.map(&Path.expand/1)
        ExUnit.configure(only_test_ids: Map.keys(manifest_map))
        Enum.filter(files, fn {_module, path} -> Path.expand(path) in failed_files end)
      else
        files
      end
      |> partition(partitions)

    warn_unmatched(paths, test_paths, files)

    if files == [] do
      no_tests_to_run(paths)
    end

    # mix test starts the suite as the test files begin to load: its tag filters come out before
    # what the files print as they load
    print_filters()
    Enum.each(files, &require_test_file/1)
    :beamlet.tests_loaded()
    # as `mix test`, the time spent loading is not reported
    stats = ExUnit.Runner.run([async_load_order: true, filters_printed: true] ++ ExUnit.configuration(), nil)
    write_manifest(manifest, manifest_map, stats.results)

    cond do
      stats.failures > 0 and raise? ->
        IO.puts(:stderr, ~s{** (Mix) "mix test" failed})
        :erlang.halt(1)

      stats.failures > 0 ->
        :erlang.halt(exit_status)

      only != [] and stats.excluded == stats.total ->
        IO.puts(:stderr, ~s(The --only option was given to "mix test" but no test was executed))
        :erlang.halt(1)

      true ->
        :erlang.halt(0)
    end
  end

  # as mix test when no test file is left to load: none in the project, or --failed left out those
  # the command line named (mix then says on stdout that they do not match its pattern)
  defp no_tests_to_run([]) do
    IO.puts("There are no tests to run")
    :erlang.halt(0)
  end

  defp no_tests_to_run(paths) do
    IO.puts(:stderr, ~s(Paths given to "mix test" did not match any directory/file: ) <> Enum.join(paths, ", "))
    :erlang.halt(1)
  end

  # --partitions N: as mix test, the files sorted by path are dealt round-robin to N partitions,
  # and MIX_TEST_PARTITION (1..N) names the one to run
  defp partition(files, total) when total in [nil, 1], do: files

  defp partition(files, total) when total > 1 do
    env = System.get_env("MIX_TEST_PARTITION")

    case env && Integer.parse(env) do
      {n, ""} when n in 1..total ->
        for {file, index} <- Enum.with_index(Enum.sort_by(files, &elem(&1, 1))),
            rem(index, total) == n - 1,
            do: file

      _ ->
        mix_raise("The MIX_TEST_PARTITION environment variable must be set to an integer between 1..#{total} when the --partitions option is set, got: #{inspect(env)}")
    end
  end

  defp partition(_files, total), do: mix_raise("--partitions : expected to be positive integer, got #{total}")

  defp mix_raise(message) do
    IO.puts(:stderr, "** (Mix) " <> message)
    :erlang.halt(1)
  end

  # as mix test, on stdout: a file named on the command line that is not loaded (left out by
  # --failed or --partitions), and any *_test.ex under the folders searched (a typo for .exs)
  defp warn_unmatched(paths, test_paths, files) do
    searched = if paths == [], do: test_paths, else: Enum.map(paths, &(&1 |> ExUnit.Filters.parse_path() |> elem(0)))
    loaded = Enum.map(files, &elem(&1, 1))

    unmatched =
      searched
      |> Enum.flat_map(fn path ->
        cond do
          File.dir?(path) -> Path.wildcard(path <> "/**/*_test.ex")
          File.regular?(path) -> [path]
          true -> []
        end
      end)
      |> Enum.uniq()

    for path <- unmatched -- loaded, do: IO.puts(~s(warning: #{path} does not match "*_test.exs" and won't be loaded))
  end

  # --only TAG: included before the --include tags, and :test excluded first
  defp only_filters(opts) do
    case Keyword.pop(opts, :only, []) do
      {[], opts} -> opts
      {only, opts} -> opts |> Keyword.update(:include, only, &(only ++ &1)) |> Keyword.update(:exclude, [:test], &[:test | &1])
    end
  end

  # as mix test: every test path needs its test_helper.exs, required in the paths' order
  defp require_test_helper({:missing, path}) do
    IO.puts(:stderr, "** (Mix) Cannot run tests because test helper file #{inspect(path)} does not exist")
    :erlang.halt(1)
  end

  defp require_test_helper(module), do: module.__FILE__(nil)

  # the CLI formatter's "Excluding tags: ..." lines, as the suite starts (when it is a formatter)
  defp print_filters do
    config = ExUnit.configuration()

    if ExUnit.CLIFormatter in Keyword.get(config, :formatters, [ExUnit.CLIFormatter]) do
      {include, exclude} = ExUnit.Filters.normalize(config[:include] || [], config[:exclude] || [])
      ExUnit.CLIFormatter.suite_started(%{include: include, exclude: exclude})
    end
  end

  # as mix test's compiler: an error while a test file loads is reported on stdout, exit status 1
  defp require_test_file({module, path}) do
    module.__FILE__(nil)
  catch
    kind, reason ->
      stack = __STACKTRACE__
      banner = Exception.format_banner(kind, reason, stack)
      IO.write(["\n== Compilation error in file ", path, " ==\n", banner, "\n", Exception.format_stacktrace(stack)])
      :erlang.halt(1)
  end

  # the failures manifest is mix test's: {1, %{{module, name} => file}} in the external term
  # format, the tests that failed (or were invalid) and have not passed since
  defp read_manifest(nil), do: %{}

  defp read_manifest(path) do
    with {:ok, binary} <- File.read(path),
         {1, %{} = manifest} <- :erlang.binary_to_term(binary) do
      manifest
    else
      _ -> %{}
    end
  rescue
    ArgumentError -> %{}
  end

  defp write_manifest(nil, _manifest, _results), do: :ok

  # a test that passed leaves the manifest, one that failed enters it, the others stay as they
  # were; entries whose file is gone are dropped
  defp write_manifest(path, manifest, results) do
    manifest =
      results
      |> Enum.reduce(manifest, fn
        {id, nil}, acc -> Map.delete(acc, id)
        {id, file}, acc -> Map.put(acc, id, file)
      end)
      |> Map.filter(fn {_id, file} -> File.regular?(file) end)

    File.mkdir_p(Path.dirname(path))
    File.write(path, :erlang.term_to_binary({1, manifest}))
  end
end
