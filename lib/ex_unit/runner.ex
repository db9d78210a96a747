# ExUnit.Runner: runs the registered modules (async ones concurrently, max_cases at a time, then
# the sync ones one by one), each test in its own process, and feeds the CLI formatter.
# Module processes report to the runner, which alone prints, so output never interleaves.
defmodule ExUnit.Runner do
  @moduledoc false
  alias ExUnit.CLIFormatter

  def run(config, load_us) do
    # (filters_printed: `beamlet test` printed the tag filters as the test files began to load)
    {filters_printed?, config} = Map.pop(Map.new(config), :filters_printed, false)
    # reporting the slowest tests runs in trace mode, as ExUnit does
    config = if config.slowest > 0, do: %{config | trace: true}, else: config
    config = if config.trace, do: %{config | timeout: :infinity, max_cases: 1}, else: config
    {include, exclude} = ExUnit.Filters.normalize(config.include, config.exclude)
    config = %{config | include: include, exclude: exclude}
    # failures' stack traces keep stacktrace_depth entries (20), as ExUnit sets the VM's depth
    :erlang.system_flag(:backtrace_depth, Map.get(config, :stacktrace_depth, 20))
    {async, sync} = ExUnit.Server.take_modules()
    # under `mix test` the runner takes async modules as the test files load them, so they start
    # oldest first, each once the node has nothing else to run (the next file compiles meanwhile:
    # quick tests end before the next module starts); a script's ExUnit (autorun) finds them all
    # loaded, newest first
    load_order? = Map.get(config, :async_load_order, false)
    async = if load_order?, do: Enum.reverse(async), else: async
    em = ExUnit.EventManager.start(config)
    # (the runner writes as Elixir's formatter, a process the tests never wait for: its waits for
    # the io server's replies let no one run first, as they hold back no test there)
    :beamlet.writes_hold_no_one(true)
    state = %{config: config, fmt: CLIFormatter.init(config), em: em, failures: 0, halted: false, loading: load_order?, loaded: true}
    ExUnit.EventManager.notify(em, {:suite_started, Map.to_list(config)})
    state = if filters_printed?, do: state, else: %{state | fmt: cli(state, &CLIFormatter.suite_started/1)}
    start = now()
    # modules run newest first whatever the seed (ExUnit 1.14 shuffles only the tests of a module)
    state = run_modules(async, max(config.max_cases, 1), [], state)
    async_us = now() - start
    # (an idle notice still due when max_failures stopped the modules: taken, not left behind)
    unless state.loaded, do: receive(do: ({:beamlet_idle} -> :ok))
    state = run_modules(sync, 1, [], %{state | loading: false, loaded: true})
    total_us = now() - start
    times = %{run: total_us, async: async_us, load: load_us}
    ExUnit.EventManager.notify(em, {:suite_finished, times})
    fmt = cli(state, &CLIFormatter.suite_finished(&1, times, state.halted))
    ExUnit.EventManager.stop(em)
    :beamlet.writes_hold_no_one(false)
    stats = CLIFormatter.stats(fmt)
    # ExUnit.after_suite/1 callbacks, newest first, once the summary is printed
    summary = Map.take(stats, [:excluded, :failures, :skipped, :total])
    Enum.each(Map.get(config, :after_suite, []), fn callback -> callback.(summary) end)
    stats
  end

  defp now, do: System.monotonic_time(:microsecond)

  # the CLI formatter's callback on its state (printing only when it is one of the formatters)
  defp cli(state, fun), do: ExUnit.EventManager.cli(state.em, fn -> fun.(state.fmt) end)

  # a module's tests (newest first): seed 0 runs them as defined; any other seed shuffles them as
  # ExUnit 1.14 does, in the module's process, with :rand's exs1024 seeded from the seed
  def shuffle(0, list), do: Enum.reverse(list)

  def shuffle(seed, list) do
    _ = :rand.seed(:exs1024, {seed, seed, seed})
    Enum.shuffle(list)
  end

  # each test process starts from its own seed (what :rand gives inside a test)
  defp seed_test_process(seed, test) do
    :rand.seed(:exs1024, {:erlang.phash2(test.module), :erlang.phash2(test.name), seed})
  end

  # ---- modules ---------------------------------------------------------------------------------

  # keeps up to `max` module processes running; handles their events until all are done
  defp run_modules([], _max, [], state), do: state

  # once max_failures is reached no other module starts (the sync ones after the async ones too)
  defp run_modules([_ | _], max, running, %{halted: true} = state), do: run_modules([], max, running, state)

  defp run_modules([module | rest], max, running, %{loaded: true} = state) when length(running) < max do
    runner = self()
    config = state.config
    {pid, _ref} = spawn_monitor(fn -> run_module(runner, config, module) end)
    # (the next module "loads" once the node is idle: {:beamlet_idle})
    wait? = state.loading and rest != []
    if wait?, do: :beamlet.notify_when_idle()
    run_modules(rest, max, [pid | running], %{state | loaded: not wait?})
  end

  defp run_modules(pending, max, running, state) do
    receive do
      {:beamlet_idle} ->
        run_modules(pending, max, running, %{state | loaded: true})

      {:ex_unit_cli_idle} ->
        ExUnit.EventManager.release()
        run_modules(pending, max, running, state)

      {:ex_unit, :module_started, _pid, test_module} ->
        ExUnit.EventManager.module_started(state.em, test_module)
        run_modules(pending, max, running, %{state | fmt: cli(state, &CLIFormatter.module_started(&1, test_module))})

      {:ex_unit, :test_started, pid, test} ->
        go = not state.halted
        send(pid, {:ex_unit_go, go})
        if go, do: ExUnit.EventManager.notify(state.em, {:test_started, test})
        if go, do: ExUnit.EventManager.test_started()
        fmt = if go, do: cli(state, &CLIFormatter.test_started(&1, test)), else: state.fmt
        run_modules(pending, max, running, %{state | fmt: fmt})

      {:ex_unit, :test_finished, test, from} ->
        state = test_finished(state, test)
        send(from, :ex_unit_finished)
        run_modules(pending, max, running, state)

      {:ex_unit, :test_finished, test} ->
        run_modules(pending, max, running, test_finished(state, test))

      {:ex_unit, :module_finished, _pid, test_module} ->
        unless state.halted, do: ExUnit.EventManager.module_finished(state.em, test_module)
        run_modules(pending, max, running, %{state | fmt: cli(state, &CLIFormatter.module_finished(&1, test_module))})

      {:DOWN, _ref, :process, pid, _reason} ->
        # a module process that crashed (a test's `@tag timeout: :soon` makes its receive raise)
        # is reported by the Logger alone, as in Elixir: its tests are neither run nor counted
        pending = if state.halted, do: [], else: pending
        run_modules(pending, max, List.delete(running, pid), state)
    end
  end

  defp test_finished(state, test) do
    # what was logged before the test ended (a linked task's crash report) is printed before
    # its result, as Elixir's formatter, a process of its own, comes to print it after
    :ok = Logger.flush()
    ExUnit.EventManager.notify(state.em, {:test_finished, test})
    state = %{state | fmt: cli(state, &CLIFormatter.test_finished(&1, test))}
    count_failure(state, test)
  end

  defp count_failure(state, %{state: {:failed, _}}) do
    failures = state.failures + 1
    halted = state.config.max_failures != :infinity and failures >= state.config.max_failures
    if halted and not state.halted, do: ExUnit.EventManager.notify(state.em, :max_failures_reached)
    %{state | failures: failures, halted: state.halted or halted}
  end

  defp count_failure(state, _test), do: state

  # ---- one module, in its own process -------------------------------------------------------------

  defp run_module(runner, config, module) do
    test_module = module.__ex_unit__()
    send(runner, {:ex_unit, :module_started, self(), test_module})
    all = shuffle(config.seed, test_module.tests)
    # with only_test_ids (--failed), the other tests are left out, not even counted as excluded
    only = Map.get(config, :only_test_ids)
    tests = if is_list(only), do: Enum.filter(all, &({&1.module, &1.name} in only)), else: all
    {not_run, to_run} = tests |> Enum.map(&prepare_test(config, &1, all)) |> Enum.split_with(& &1.state)

    # (told before setup_all runs, as Elixir's runner does: the formatter has them first)
    for test <- not_run, started?(runner, test), do: finished(runner, test)

    # (the module's tests, as the formatters have them once it is done: those that ran or were
    # invalidated, not the excluded or skipped ones)
    test_module =
      if to_run == [] do
        %{test_module | tests: []}
      else
        run_module_tests(runner, config, test_module, to_run)
      end

    send(runner, {:ex_unit, :module_finished, self(), test_module})
  end

  # a test the filters let run has its name and module in its tags from now on; one they exclude
  # or skip keeps its tags as they were, as Elixir's runner does
  defp prepare_test(config, test, tests) do
    tags = Map.merge(test.tags, %{test: test.name, module: test.module})

    case ExUnit.Filters.eval(config.include, config.exclude, tags, tests) do
      :ok -> %{test | tags: tags}
      excluded_or_skipped -> %{test | state: excluded_or_skipped}
    end
  end

  # a test not run is finished once the runner has handled it
  defp finished(runner, test) do
    send(runner, {:ex_unit, :test_finished, test, self()})

    receive do
      :ex_unit_finished -> :ok
    end
  end

  defp started?(runner, test) do
    send(runner, {:ex_unit, :test_started, self(), test})

    receive do
      {:ex_unit_go, go} -> go
    end
  end

  defp run_module_tests(runner, config, test_module, tests) do
    {pid, ref} = run_setup_all(test_module, self())

    result =
      receive do
        {^pid, :setup_all, result} -> result
        {:DOWN, ^ref, :process, ^pid, reason} -> {:failed, [{{:EXIT, pid}, reason, []}]}
      end

    test_module =
      case result do
        {:ok, context} ->
          # the finished tests go with the module: a module failing after them (its setup_all's
          # on_exit callback) turns those that passed into failures, as Elixir's formatter counts
          finished =
            Enum.flat_map(tests, fn test ->
              if started?(runner, test) do
                test = run_test(config, test, context)
                send(runner, {:ex_unit, :test_finished, test})
                [test]
              else
                []
              end
            end)

          %{test_module | tests: finished}

        {:failed, failures} ->
          invalid =
            # (test_started already tells the test is invalid, as Elixir's)
            for test <- tests, test = %{test | state: {:invalid, test_module}}, started?(runner, test) do
              send(runner, {:ex_unit, :test_finished, test})
              test
            end

          %{test_module | state: {:failed, failures}, tests: invalid}
      end

    send(pid, :ex_unit_module_done)

    receive do
      {:DOWN, ^ref, :process, ^pid, _} -> :ok
    end

    # the module's own failure (its setup_all's) is kept over one of the on_exit callbacks
    case {test_module.state, run_on_exit(pid, config.timeout)} do
      {_, []} -> test_module
      {{:failed, _}, _} -> test_module
      {_, [first | _]} -> %{test_module | state: {:failed, [first]}}
    end
  end

  # setup_all runs in a process of its own, which stays alive (processes linked to it live on)
  # until the module is done; its frames are those of Elixir's runner
  defp run_setup_all(%{name: module} = test_module, parent) do
    spawn_monitor(fn ->
      Process.put(:ex_unit_parent, parent)
      # (the module alone, as Elixir's setup_all context; this fn holds module, parent and
      # test_module, as Elixir's, whose frame is "anonymous fn/3 in run_setup_all/2")
      context = %{module: module, case: test_module.name}

      result =
        try do
          {:ok, __at_line__(312, module.__ex_unit__(:setup_all, context))}
        catch
          kind, reason -> failed(kind, reason, __STACKTRACE__)
        end

      send(parent, {self(), :setup_all, result})

      receive do
        :ex_unit_module_done -> exit(:shutdown)
      end
    end)
  end

  # ---- one test, in its own process ------------------------------------------------------------

  # the log is captured here, around the test's process and its on_exit callbacks, as Elixir's
  # runner does: what a process linked to the test logs as it kills it is kept with the failure
  defp run_test(config, test, setup_all_context) do
    {test, logs} = capture_log(Map.get(test.tags, :capture_log, config.capture_log), fn -> run_test_process(config, test, setup_all_context) end)
    %{test | logs: logs}
  end

  defp run_test_process(config, test, setup_all_context) do
    context = Map.merge(test.tags, setup_all_context)
    {pid, ref} = spawn_test_monitor(config, test, self(), context)

    timeout = if config.trace, do: :infinity, else: Map.get(test.tags, :timeout, config.timeout)

    # (a test whose setup passed has the context it ran with as its tags)
    {state, time, tags} =
      receive do
        {^pid, :test_finished, state, time, tags} ->
          receive do
            {:DOWN, ^ref, :process, ^pid, _} -> :ok
          end

          {state, time, tags}

        {:DOWN, ^ref, :process, ^pid, reason} ->
          {{:failed, [{{:EXIT, pid}, reason, []}]}, 0, test.tags}
      after
        timeout ->
          stack =
            case Process.info(pid, :current_stacktrace) do
              {:current_stacktrace, stack} -> stack
              _ -> []
            end

          Process.exit(pid, :kill)

          receive do
            {:DOWN, ^ref, :process, ^pid, _} -> :ok
          end

          error = %ExUnit.TimeoutError{timeout: timeout, type: Atom.to_string(Map.get(test.tags, :test_type, :test))}
          {{:failed, [{:error, error, stack}]}, timeout * 1000, test.tags}
      end

    state =
      case {state, run_on_exit(pid, timeout)} do
        # a test that failed keeps its own failure; otherwise the first callback's failure
        # (Elixir 1.14 reports one failure, the later callbacks still run)
        {state, []} -> state
        {{:failed, _} = state, _} -> state
        {_, [first | _]} -> {:failed, [first]}
      end

    %{test | state: state, time: time, tags: tags}
  end

  # @tag capture_log: true | [level: ...] (or ExUnit.start(capture_log: ...)): the test's Logger
  # entries are kept with it (the formatter prints them when it fails), not printed
  defp capture_log(false, fun), do: {fun.(), ""}
  defp capture_log(nil, fun), do: {fun.(), ""}
  defp capture_log(true, fun), do: capture_log([], fun)
  defp capture_log(opts, fun) when is_list(opts), do: ExUnit.CaptureLog.with_log(opts, fun)

  # the test's process: its setup callbacks, then the test, timed. Its frames are those of
  # Elixir's runner (a crash report of a process the test calls shows them under the test's own).
  defp spawn_test_monitor(%{seed: seed}, test, parent, context) do
    spawn_monitor(fn ->
      Process.put(:ex_unit_parent, parent)
      seed_test_process(seed, test)

      setup_and_test = fn ->
        case __at_line__(464, exec_test_setup(test, context)) do
          {:ok, context} -> exec_test(%{test | tags: context})
          {:error, state} -> {state, test.tags}
        end
      end

      {time, {state, tags}} = __at_line__(463, :timer.tc(setup_and_test))

      send(parent, {self(), :test_finished, state, time, tags})
      exit(:shutdown)
    end)
  end

  defp exec_test_setup(test, context) do
    context = tmp_dir(test, context)
    {:ok, __at_line__(505, test.module.__ex_unit__(:setup, context))}
  catch
    kind, reason -> {:error, failed(kind, reason, __STACKTRACE__)}
  end

  # the test's result and the context it ran with
  defp exec_test(%{tags: %{not_implemented: true} = context}) do
    {{:failed, [{:error, %ExUnit.AssertionError{message: "Not implemented"}, []}]}, context}
  end

  defp exec_test(%{module: module, name: name, tags: context}) do
    __at_line__(512, apply(module, name, [context]))
    {nil, context}
  catch
    kind, reason -> {failed(kind, reason, __STACKTRACE__), context}
  end

  defp failed(kind, reason, stack), do: {:failed, [{kind, Exception.normalize(kind, reason, stack), prune(stack)}]}

  # @tag :tmp_dir (or tmp_dir: "sub/path"): tmp/<module>/<test name>-<hash>[/sub/path] under the
  # current directory, emptied, in the context as :tmp_dir (the path scheme of ExUnit 1.14)
  defp tmp_dir(test, %{tmp_dir: tag} = context) when tag != false and tag != nil do
    extra = if tag == true, do: "", else: tag
    module = inspect(test.module)
    name = to_string(test.name)
    path = ["tmp", escape_path(module), "#{escape_path(name)}-#{short_hash(module, name)}", extra] |> Path.join() |> Path.expand()
    File.rm_rf!(path)
    File.mkdir_p!(path)
    Map.put(context, :tmp_dir, path)
  end

  defp tmp_dir(_test, context), do: context

  @escape Enum.map(' [~#%&*{}\\:<>?/+|"]', &<<&1::utf8>>)

  defp escape_path(path), do: String.replace(path, @escape, "-")

  defp short_hash(module, name) do
    (module <> "/" <> name) |> :erlang.md5() |> Base.encode16(case: :lower) |> binary_part(0, 8)
  end

  # frames of ExUnit's own assertion helpers go; everything from the runner down goes. The
  # callback runner's frames go too (Elixir runs the callbacks from the test module's own
  # __ex_unit__ function), but not the functions raising for a bad callback result, which
  # Elixir's traces show.
  @callbacks_shown [:raise_merge_failed!, :raise_merge_reserved!, :on_exit, :start_supervised, :start_supervised!,
                    :start_link_supervised!, :stop_supervised, :stop_supervised!]
  def prune([{ExUnit.Runner, _, _, _} | _]), do: []
  def prune([{ExUnit.Assertions, _, _, _} | t]), do: prune(t)
  # (the functions a test calls and those raising Elixir's own reports stay; the rest run the callbacks)
  def prune([{ExUnit.Callbacks, fun, _, _} = h | t]) when fun in @callbacks_shown, do: [h | prune(t)]
  def prune([{ExUnit.Callbacks, _, _, _} | t]), do: prune(t)
  def prune([h | t]), do: [h | prune(t)]
  def prune([]), do: []

  # ---- on_exit callbacks (registered with ExUnit.Callbacks.on_exit/2 from process `pid`) -------

  # a test's callbacks get the test's timeout; setup_all's the suite's (module tags don't apply)
  defp run_on_exit(pid, timeout) do
    await_supervisor(pid)

    case ExUnit.OnExitHandler.run(ExUnit.OnExitHandler.take(pid), timeout) do
      nil -> []
      {kind, reason, stack} -> [{kind, Exception.normalize(kind, reason, stack), prune(stack)}]
    end
  end

  # the children start_supervised/2 started from `pid` are stopped (by their supervisor, as
  # `pid` ended) before the on_exit callbacks run
  defp await_supervisor(pid) do
    receive do
      {:ex_unit_supervisor, ^pid, sup} ->
        ref = Process.monitor(sup)

        receive do
          {:DOWN, ^ref, :process, ^sup, _} -> :ok
        end
    after
      0 -> :ok
    end
  end
end
