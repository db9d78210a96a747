# `beamlet test` (as `mix test`): the helper script, then the test files, then the suite; the exit
# status is 0 when everything passed, 2 when a test failed (1 for an error outside the tests).
defmodule ExUnit.TestCommand do
  @moduledoc false

  # helper and files are compiled scripts (their __FILE__/1 runs the file; files as {module,
  # path}); opts is a keyword
  # list for ExUnit.configure/1 plus :manifest (where the failed tests are kept for --failed)
  def run(helper, files, opts) do
    {manifest, opts} = Keyword.pop(opts, :manifest)
    {failed_only?, opts} = Keyword.pop(opts, :failed, false)
    {lines, opts} = Keyword.pop(opts, :lines, [])
    opts = only_filters(opts)
    # mix test has started the :ex_unit application and configured it before the helper runs
    ExUnit.Server.load_app()
    ExUnit.configure([autorun: false] ++ opts)
    if helper, do: helper.__FILE__(nil)
    # the command line's options win over the helper's, except that excludes add up; a FILE:LINE
    # filter replaces every other
    helper_exclude = List.wrap(ExUnit.configuration()[:exclude])
    opts = Keyword.update(opts, :exclude, helper_exclude, &Enum.uniq(&1 ++ helper_exclude))
    opts = if lines == [], do: opts, else: Keyword.merge(opts, exclude: [:test], include: lines)
    ExUnit.configure(opts)

    if failed_only? do
      ExUnit.configure(only_test_ids: read_manifest(manifest))
    end

    Enum.each(files, &require_test_file/1)
    :beamlet.tests_loaded()
    # as `mix test`, the time spent loading is not reported
    stats = ExUnit.Runner.run(ExUnit.configuration(), nil)
    write_manifest(manifest, stats.failed)

    cond do
      stats.failures > 0 -> :erlang.halt(2)
      true -> :erlang.halt(0)
    end
  end

  # --only TAG: included before the --include tags, and :test excluded first
  defp only_filters(opts) do
    case Keyword.pop(opts, :only, []) do
      {[], opts} -> opts
      {only, opts} -> opts |> Keyword.update(:include, only, &(only ++ &1)) |> Keyword.update(:exclude, [:test], &[:test | &1])
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

  defp read_manifest(nil), do: []

  defp read_manifest(path) do
    case File.read(path) do
      {:ok, text} ->
        for line <- String.split(text, "\n", trim: true) do
          [module, name] = String.split(line, "\t", parts: 2)
          {String.to_atom(module), String.to_atom(name)}
        end

      _ ->
        []
    end
  end

  defp write_manifest(nil, _failed), do: :ok

  defp write_manifest(path, failed) do
    File.mkdir_p(Path.dirname(path))
    # one "Module<TAB>test name" line per failed test
    File.write(path, Enum.map_join(failed, fn {module, name} -> "#{module}\t#{name}\n" end))
  end
end
