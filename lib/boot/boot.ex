# The first frame of every process, and the runner of a script's top-level code.
defmodule :beamlet_boot do
  # start/3 must stay the module's first function: the node enters every process here
  def start(fun, args, nil), do: :erlang.apply(fun, args)
  def start(mod, args, name), do: :erlang.apply(mod, name, args)

  # a process standing for one of elixir's own: the script's group leader, the process a file's
  # top level is linked to. As the group leader it is the console's io server, for programs that
  # write or read through the leader's pid (`IO.puts(Process.group_leader(), ...)`): the rest of
  # the program writes to the console directly (vm/io_routing.ts)
  def idle do
    receive do
      {:io_request, from, ref, request} ->
        console_request(from, ref, request)
        idle()
    end
  end

  defp console_request({:put_chars, :unicode, chars}), do: :io.put_chars(:standard_io, chars)
  defp console_request({:put_chars, :latin1, chars}) when is_binary(chars), do: IO.binwrite(:stdio, chars)

  # (OTP 25's console converts a Latin-1 list to UTF-8 and then writes that as Latin-1 bytes
  # again: [233] comes out as "Ã©", as measured)
  defp console_request({:put_chars, :latin1, chars}) do
    case :unicode.characters_to_binary(chars, :latin1, :unicode) do
      bytes when is_binary(bytes) -> IO.binwrite(:stdio, bytes)
      _ -> {:error, :put_chars}
    end
  end
  defp console_request({:put_chars, encoding, mod, fun, args}), do: console_request({:put_chars, encoding, apply(mod, fun, args)})
  defp console_request({:put_chars, chars}), do: console_request({:put_chars, :latin1, chars})
  defp console_request({:put_chars, mod, fun, args}), do: console_request({:put_chars, :latin1, mod, fun, args})
  # several requests, answered in order up to the first that fails
  defp console_request({:requests, requests}) do
    Enum.reduce_while(requests, :ok, fn request, _ ->
      case console_request(request) do
        {:error, _} = error -> {:halt, error}
        reply -> {:cont, reply}
      end
    end)
  end

  # reads, options and the rest: standard input's server answers them
  defp console_request(request), do: IO.__request__(:stdio, request)

  @doc false
  # a put_chars request to the console, written by the process making it (IO.__request__/2)
  # (data that is not characters is refused with {:error, :put_chars}, as OTP's io servers do)
  def console_put_chars(request) do
    case console_request(request) do
      {:error, _} -> {:error, :put_chars}
      reply -> reply
    end
  rescue
    _ -> {:error, :put_chars}
  end

  @doc false
  # an io request to the console made of another process (an application master forwards those
  # sent to it, as OTP's forwards them to its old group leader)
  def console_request(from, reply_as, request), do: send(from, {:io_reply, reply_as, console_request(request)})

  # turns of the other processes between a script's last expression and its process's end: a
  # process that loops 3,000 times and dies (about 9,000 reductions) always ends elixir's script
  # process first, 10,000 times only now and then
  @script_end_turns 3

  # a script that defined modules ends later: Elixir's parallel checker verifies them first (some
  # milliseconds), long enough for a module's first load or a crash report elsewhere to finish
  # (`spawn(fn -> IO.puts(1) end)` prints then; an Agent whose init failed ends the script)
  @checker_turns 6

  # turns at most for the emulator's report under way at the end
  @report_turns 1_000

  # `elixir FILE.exs`: run the top level; an uncaught error prints Elixir's banner on stderr, exit 1.
  # Then the System.at_exit/1 hooks run with the status (ExUnit.start/1's hook runs the tests).
  # After System.no_halt(true), a script that ends normally leaves the node running without them,
  # as `elixir` does (this process ends; the node ends at System.halt/1 or never); an uncaught
  # error or exit still halts.
  # A stack trace shows this frame as Elixir's own frames below a script (vm/stacktrace.ts).
  def run_script(mod) do
    result =
      try do
        mod.__FILE__(nil)
        :ok
      catch
        kind, reason -> {:halt, script_status(kind, reason, __STACKTRACE__), exit_reason(kind, reason, __STACKTRACE__)}
      end

    case result do
      :ok ->
        :beamlet.script_ended()
        next_command()

      {:halt, status, reason} ->
        script_process_exits(reason)
        yield_while(@script_end_turns, &:beamlet.others_computing/0)
        run_at_exit(status)
    end
  end

  # the reason elixir's script process exits with once Kernel.CLI has caught (and printed) what
  # ended it: what its linked processes are told
  defp exit_reason(:throw, reason, stacktrace), do: {{:nocatch, reason}, stacktrace}
  defp exit_reason(:error, reason, stacktrace), do: {reason, stacktrace}
  defp exit_reason(:exit, reason, _stacktrace), do: reason

  # elixir's script process ends, and Kernel.CLI's (which runs the at_exit hooks and halts) is
  # another: the processes linked to it get its exit signal (a supervisor started by the script
  # shuts its children down, a GenServer trapping exits runs terminate/2), and no longer reach it.
  # This process goes on standing for Kernel.CLI's
  defp script_process_exits(reason) do
    # (BIFs and a loop of its own: a `for` or Process.info/2 here loaded Enum and its kin into
    # every script's node, 5 MB of start-up memory)
    {:links, links} = :erlang.process_info(self(), :links)
    tell_links(links, reason)
    Process.flag(:trap_exit, true)
  end

  defp tell_links([], _reason), do: :ok

  # (unlinked first: a port that closes of the signal must not signal this process back)
  defp tell_links([pid | rest], reason) do
    :erlang.unlink(pid)
    link_exit_signal(pid, reason)
    tell_links(rest, reason)
  end

  # a process that exits with :kill tells its links :kill, which they may trap (the untrappable
  # kill is Process.exit's own; one that does not trap dies of it, here with :killed)
  defp link_exit_signal(pid, :kill) do
    case :erlang.process_info(pid, :trap_exit) do
      {:trap_exit, true} -> send(pid, {:EXIT, self(), :kill})
      _ -> :erlang.exit(pid, :kill)
    end
  end

  defp link_exit_signal(pid, reason), do: :erlang.exit(pid, reason)

  # `elixir -e A -r B FILE`, `mix run -r A -e B`: the commands run one after the other in this one
  # process, as Kernel.CLI runs them; the host compiles the next one once this one has run, and
  # sets this process's initial call to the entry below that tells its frames
  defp next_command do
    case :beamlet.next_command() do
      :done -> if :beamlet.no_halt(), do: :ok, else: (script_process_ends(); run_at_exit(0))
      # errors it collected (a file missing...) were printed: System.halt(1), no at_exit hooks
      {:halt, status} -> :erlang.halt(status)
      # an error that ends the commands (a compile error...) was printed
      {:failed, status} -> run_at_exit(status)
      mod -> run_script(mod)
    end
  end

  # elixir's script process ends a moment after its last expression (Kernel.CLI's bookkeeping),
  # while what the script spawned runs on the BEAM's other scheduler: a linked process that dies
  # within that moment takes the script's process with it (`** (EXIT from ...)`, status 1), and
  # one that prints a string gets it out before the halt. The others run for a few turns, or until
  # those left wait for the code server (a module's first load from disk outlasts the moment:
  # `spawn(fn -> IO.puts(1) end)` prints nothing, as String.Chars.Integer is still loading); then
  # the script's process exits (:normal: the processes it linked to that trap exits are told) and
  # this one stands for Kernel.CLI's, which runs the at_exit hooks and halts
  defp script_process_ends do
    if :beamlet.script_modules() == [] do
      yield_while(@script_end_turns, &:beamlet.others_computing/0)
    else
      yield_while(@checker_turns, &:beamlet.others_runnable/0)
    end

    script_process_exits(:normal)
  end

  # lets the other processes run, a turn at a time, while `busy?` says they have work left, for
  # `turns` turns at most (a process that never waits does not hold this one forever)
  defp yield_while(0, _busy?), do: :ok

  defp yield_while(turns, busy?) do
    if busy?.() do
      :erlang.yield()
      yield_while(turns - 1, busy?)
    else
      :ok
    end
  end

  # `elixir -e CODE`: the same; this initial call tells vm/stacktrace.ts to show Elixir's frames
  # of evaluated code (Code.validated_eval_string/3) below it instead
  def eval_string(mod), do: run_script(mod)

  # `mix run FILE.exs` and `mix run -e CODE` in a project: the same, with Mix's frames below
  def mix_run_file(mod), do: run_script(mod)
  def mix_eval(mod), do: run_script(mod)

  # `elixir -r FILE` and `mix run -r FILE`: Code.require_file/1 of each file the pattern matched
  def require_file(mod), do: run_script(mod)
  def mix_require(mod), do: run_script(mod)
  # `elixir -pr FILE`, `mix run -p -r FILE`: Kernel.ParallelCompiler.require/1 of the files
  def parallel_require(mod), do: run_script(mod)

  # exit(:normal | :shutdown | {:shutdown, _}) ends a script quietly, as `elixir` does
  defp script_status(:exit, reason, _) when reason in [:normal, :shutdown], do: 0
  defp script_status(:exit, {:shutdown, n}, _) when is_integer(n), do: n
  defp script_status(:exit, {:shutdown, _}, _), do: 0

  defp script_status(kind, reason, stacktrace) do
    text = format_uncaught(kind, reason, prune_stacktrace(stacktrace))

    # Kernel.ParallelCompiler prints a file's error on standard output, after a header naming it
    case :beamlet.command_error_header() do
      "" -> IO.write(:stderr, text)
      header -> IO.write(header <> text)
    end

    1
  end

  # as elixir's command line: the compiler's own frames are left out of an uncaught error's trace,
  # and so is everything from the command line's wrapper down
  @elixir_internals [:elixir, :elixir_aliases, :elixir_expand, :elixir_compiler, :elixir_module, :elixir_clauses] ++
                      [:elixir_lexical, :elixir_def, :elixir_map, :elixir_locals, :elixir_erl, :elixir_erl_clauses] ++
                      [:elixir_erl_compiler, :elixir_erl_pass, Kernel.ErrorHandler, Module.ParallelChecker]
  defp prune_stacktrace([{mod, _, _, _} | rest]) when mod in @elixir_internals, do: prune_stacktrace(rest)
  defp prune_stacktrace([{Kernel.CLI, :wrapper, 1, _} | _]), do: []
  defp prune_stacktrace([frame | rest]), do: [frame | prune_stacktrace(rest)]
  defp prune_stacktrace([]), do: []

  # System.stop/1 (OTP's init:stop/1): the started applications stop, newest first, then the node
  # halts without running the at_exit hooks. The caller goes on until then: it sees :ok once the
  # applications have stopped (as it mostly does on the BEAM, whose shutdown runs first)
  def system_stop(status) do
    Application.__stop_all__()

    :beamlet.spawn_system(
      fn ->
        Logger.flush()
        # init:stop goes on to stop OTP's own applications, which takes the BEAM milliseconds:
        # the processes still running meanwhile (the caller printing what System.stop returned,
        # after a first use of Inspect's modules) run until none is left ready to run
        :erlang.yield()
        yield_while(99, fn -> :erlang.statistics(:run_queue) > 0 end)
        :erlang.halt(status)
      end,
      -1
    )

    :ok
  end

  # SIGTERM to a running node, as OTP's erl_signal_handler takes it: logged at notice level (the
  # message ends in a newline, so a blank line follows it), then init:stop, which stops the
  # applications (their prep_stop/1 and stop/1 run) and halts with status 0
  def sigterm do
    Logger.bare_log(:notice, "SIGTERM received - shutting down\n")
    system_stop(0)
  end

  # hooks may register further hooks (ExUnit's does): run until none is left
  def run_at_exit(status) do
    case :beamlet.take_at_exit() do
      [] ->
        # as `elixir` stops the Logger application at the end: what was logged gets written (a
        # Logger process nothing has looked for has logged nothing: it is not started to flush)
        # the emulator's report of a crash that happened is in Logger's queue on the BEAM: it is
        # written too, unless its translation still loads modules of its own from disk
        yield_while(@report_turns, &:beamlet.report_under_way/0)
        if :beamlet.whereis_running(Logger) != :undefined, do: Logger.flush()
        :erlang.halt(status)

      funs ->
        run_at_exit(Enum.reduce(funs, status, &run_hook/2))
    end
  end

  # as Kernel.CLI: each hook runs in a process of its own (its self(), an empty dictionary, no
  # links), one after the other; the status it leaves is the next hook's
  defp run_hook(fun, status) do
    {pid, ref} = spawn_monitor(fn -> at_exit_hook(fun, status) end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} ->
        case reason do
          reason when reason in [:normal, :shutdown] -> status
          {:shutdown, n} when is_integer(n) -> n
          {:shutdown, _} -> status
          # an exit signal ended it (a kill, a linked process's crash)
          reason ->
            IO.write(:stderr, "** (EXIT from #{inspect(pid)}) #{Exception.format_exit(reason)}\n\n")
            1
        end
    end
  end

  # a hook's own error is printed with its stack trace (whose last frame, this one, is shown as
  # Kernel.CLI's: vm/stacktrace.ts) and leaves status 1
  def at_exit_hook(fun, status) do
    fun.(status)
  catch
    :exit, reason when reason in [:normal, :shutdown] -> exit(reason)
    :exit, {:shutdown, _} = reason -> exit(reason)
    kind, reason ->
      IO.write(:stderr, format_uncaught(kind, reason, __STACKTRACE__))
      exit({:shutdown, 1})
  end

  # `beamlet test`: ExUnit.TestCommand.run/3 halts with the suite's status; an error outside the
  # tests (in test_helper.exs, in a test file's top level) is printed as `elixir` prints it, exit 1
  def run_test_command(mod, fun, args) do
    apply(mod, fun, args)
  catch
    kind, reason ->
      IO.write(:stderr, format_uncaught(kind, reason, __STACKTRACE__))
      :erlang.halt(1)
  end

  # the script's process was ended by an exit signal: `elixir` prints it (and a blank line) and exits with 1
  def report_exit(from, reason) do
    IO.write(:stderr, "** (EXIT from #{inspect(from)}) #{Exception.format_exit(reason)}\n\n")
    :erlang.halt(1)
  end

  # as `elixir` (and iex) print an uncaught error: blamed (a FunctionClauseError lists its arguments
  # and the clauses tried, an ArithmeticError names the operation)
  @doc false
  def format_uncaught(:error, reason, stacktrace) do
    case Exception.blame(:error, reason, stacktrace) do
      {%FunctionClauseError{} = blamed, stacktrace} ->
        blame = FunctionClauseError.blame(blamed, &inspect/1, &blame_match/1)
        Exception.format_banner(:error, reason, stacktrace) <> "    " <> String.replace(blame, "\n", "\n    ") <> "\n" <> Exception.format_stacktrace(stacktrace)

      # (an empty trace still ends in a line of its own, as elixir's command line prints it)
      {blamed, stacktrace} ->
        Exception.format_banner(:error, blamed, stacktrace) <> "\n" <> Exception.format_stacktrace(stacktrace)
    end
  end

  def format_uncaught(kind, reason, stacktrace), do: Exception.format(kind, reason, stacktrace)

  # an error as the command line prints it (`elixir -e`, and `bin/APP rpc`, whose Kernel.CLI.rpc_eval/1 prints it so)
  def format_uncaught_cli(kind, reason, stacktrace), do: format_uncaught(kind, reason, prune_stacktrace(stacktrace))

  # as iex prints an error: a FunctionClauseError's clauses show the arguments that matched as
  # they are, only the failing ones marked (iex's :blame_diff colour, or -x- without colours)
  @doc false
  def format_uncaught_iex(:error, reason, stacktrace) do
    case Exception.blame(:error, reason, stacktrace) do
      {%FunctionClauseError{} = blamed, stacktrace} ->
        # (the arguments as iex inspects results: pretty, at most 80 columns wide; on a terminal
        # in its syntax colours, each piece reset to no colour, and the banner alone in red)
        colors = if IO.ANSI.enabled?(), do: [syntax_colors: IO.ANSI.syntax_colors()], else: []
        blame = FunctionClauseError.blame(blamed, &inspect(&1, [pretty: true, width: 80] ++ colors), &iex_blame_match/1)
        banner = Exception.format_banner(:error, reason, stacktrace)
        banner = if colors == [], do: banner, else: IO.iodata_to_binary(IO.ANSI.format([:red, banner], true))
        banner <> "    " <> String.replace(blame, "\n", "\n    ") <> "\n" <> Exception.format_stacktrace(stacktrace)

      {blamed, stacktrace} ->
        Exception.format_banner(:error, blamed, stacktrace) <> "\n" <> Exception.format_stacktrace(stacktrace)
    end
  end

  def format_uncaught_iex(kind, reason, stacktrace), do: format_uncaught(kind, reason, stacktrace)

  defp iex_blame_match(%{match?: true, node: node}), do: Macro.to_string(node)
  defp iex_blame_match(%{match?: false, node: node}), do: blame_ansi(:red, "-", node)

  defp blame_match(%{match?: true, node: node}), do: blame_ansi(:normal, "+", node)
  defp blame_match(%{match?: false, node: node}), do: blame_ansi(:red, "-", node)

  defp blame_ansi(color, plain, node) do
    if IO.ANSI.enabled?(),
      do: IO.iodata_to_binary(IO.ANSI.format([color | Macro.to_string(node)], true)),
      else: plain <> Macro.to_string(node) <> plain
  end
end

defmodule :beamlet_evaluator do
  @moduledoc false
  # The REPL's and remote shells' evaluator: a long-lived process (so self() stays the same
  # between lines, as in iex) that runs compiled expressions and answers the host.
  def loop do
    {ref, mod, fun, args, format} =
      receive do
        {:eval, ref, mod, args} -> {ref, mod, :__script__, args, :format_uncaught_iex}
        # a page's script, compiled as `elixir FILE.exs` compiles a file: its __FILE__/1, an
        # error printed as the command line prints it (Elixir's internal frames left out, a
        # FunctionClauseError's clauses blamed as Kernel.CLI blames them)
        {:eval, ref, mod, fun, args} -> {ref, mod, fun, args, :format_uncaught_cli}
      end

    result =
      try do
        {:ok, apply(mod, fun, args)}
      catch
        kind, reason -> {:error, kind, reason, apply(:beamlet_boot, format, [kind, reason, __STACKTRACE__])}
      end

    :beamlet.reply_to_host(ref, result)
    loop()
  end

  # `bin/APP rpc EXPR`'s evaluator: the code runs as Kernel.CLI's rpc_eval runs it on the BEAM
  # (vm/stacktrace.ts puts Code.validated_eval_string/3 and the rpc's frames below it), an error
  # printed as the command line prints it, Elixir's own frames left out
  def rpc_eval do
    receive do
      {:eval, ref, mod, args} ->
        result =
          try do
            {:ok, apply(mod, :__script__, args)}
          catch
            kind, reason -> {:error, kind, reason, :beamlet_boot.format_uncaught_cli(kind, reason, __STACKTRACE__)}
          end

        :beamlet.reply_to_host(ref, result)
        rpc_eval()
    end
  end
end

defmodule :beamlet_sync_call do
  @moduledoc false
  # A call the compiler makes at compile time (a macro, a module body): run it, hand the result
  # back to the node (Node.callSync), never crash.
  def run(mod, fun, args) do
    result =
      try do
        {:ok, apply(mod, fun, args)}
      catch
        # normalised here, where the stacktrace is the failing code's (:undef names its function)
        :error, reason -> {:error, :error, Exception.normalize(:error, reason, __STACKTRACE__), __STACKTRACE__}
        kind, reason -> {:error, kind, reason, __STACKTRACE__}
      end

    :beamlet.sync_result(result)
  end
end
