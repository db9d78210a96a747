# Kernel.ParallelCompiler: compiles or requires files, each in a process of its own, collecting the
# modules and the warnings (elixir_errors sends each to the pid a compiling process keeps under
# :elixir_compiler_pid: vm/compiler_warning_forward.ts). Elixir runs the files at once and pauses a
# file that needs a module another one defines; here they run one after another, and a file that
# failed for want of a module not defined yet is compiled again once some other file has compiled.
defmodule Kernel.ParallelCompiler do
  @moduledoc false

  def async(fun) when is_function(fun) do
    if parent = :erlang.get(:elixir_compiler_pid) do
      file = :erlang.get(:elixir_compiler_file)

      Task.async(fn ->
        :erlang.put(:elixir_compiler_pid, parent)
        :erlang.put(:elixir_compiler_file, file)
        fun.()
      end)
    else
      raise ArgumentError, "cannot spawn parallel compiler task because the current file is not being compiled/required"
    end
  end

  def compile(files, options \\ []) when is_list(options), do: spawn_workers(files, :compile, options)

  def compile_to_path(files, path, options \\ []) when is_binary(path) and is_list(options) do
    spawn_workers(files, {:compile, path}, options)
  end

  def require(files, options \\ []) when is_list(options), do: spawn_workers(files, :require, options)

  @doc false
  def files(files, options \\ []) when is_list(options) do
    case spawn_workers(files, :compile, options) do
      {:ok, modules, _} -> modules
      {:error, _, _} -> exit({:shutdown, 1})
    end
  end

  @doc false
  def files_to_path(files, path, options \\ []) when is_binary(path) and is_list(options) do
    case spawn_workers(files, {:compile, path}, options) do
      {:ok, modules, _} -> modules
      {:error, _, _} -> exit({:shutdown, 1})
    end
  end

  defp spawn_workers(files, output, options) do
    state = %{
      output: output,
      each_cycle: Keyword.get(options, :each_cycle, fn -> [] end),
      each_file: Keyword.get(options, :each_file, fn _, _ -> :ok end) |> each_file(),
      each_module: Keyword.get(options, :each_module, fn _file, _module, _binary -> :ok end)
    }

    cycle(files, [], %{}, [], false, state)
  end

  defp each_file(fun) when is_function(fun, 1), do: fn file, _ -> fun.(file) end
  defp each_file(fun) when is_function(fun, 2), do: fun

  # every file compiled: the next cycle's files, if any, else the outcome
  defp cycle([], [], result, warnings, _progress, state) do
    case state.each_cycle.() do
      [] -> finish(result, Enum.reverse(warnings), state.output)
      more -> cycle(more, [], result, warnings, false, state)
    end
  end

  # files that waited for a module: again once another file compiled, else the first one's error
  defp cycle([], waiting, result, warnings, true, state) do
    cycle(waiting |> Enum.reverse() |> Enum.map(&elem(&1, 0)), [], result, warnings, false, state)
  end

  defp cycle([], waiting, _result, warnings, false, state) do
    {file, error} = List.last(waiting)
    failed(file, error, warnings, state.output)
  end

  defp cycle([file | queue], waiting, result, warnings, progress, state) do
    file = Path.expand(file)
    retry? = Enum.any?(waiting, &(elem(&1, 0) == file)) or progress == :retry

    case compile_file(file, state.output, retry?) do
      {:ok, modules, lexical, file_warnings} ->
        result =
          Enum.reduce(modules, result, fn {module, binary}, acc ->
            state.each_module.(file, module, binary)
            Map.put(acc, module, binary)
          end)

        state.each_file.(file, lexical)
        cycle(queue, waiting, result, Enum.reverse(file_warnings, warnings), true, state)

      {:error, {kind, reason, stack} = error, file_warnings} ->
        if waits_for_module?(kind, reason, stack) do
          cycle(queue, [{file, error} | waiting], result, warnings, progress, state)
        else
          failed(file, error, Enum.reverse(warnings, file_warnings), state.output)
        end
    end
  end

  # a file runs in a process of its own, which the compiler's warnings are sent to
  defp compile_file(file, output, retry?) do
    parent = self()

    {pid, ref} =
      spawn_monitor(fn ->
        :erlang.put(:elixir_compiler_pid, parent)
        :erlang.put(:elixir_compiler_file, file)
        with {:compile, path} <- output, do: :erlang.put(:elixir_compiler_dest, Path.expand(path))
        # (a file compiled again: the modules it defined the first time are no conflict)
        if retry?, do: Code.put_compiler_option(:ignore_module_conflict, true)

        outcome =
          try do
            {:ok, run_file(file, output)}
          catch
            # (the compiler's own errors come without a trace)
            :error, %struct{} = reason when struct in [CompileError, SyntaxError, TokenMissingError] -> {:error, {:error, reason, []}}
            kind, reason -> {:error, {kind, reason, own_frames(__STACKTRACE__, output)}}
          end

        send(parent, {:compiled, self(), outcome})
      end)

    collect(pid, ref, [])
  end

  defp run_file(file, :require) do
    case Code.require_file(file) do
      nil -> []
      modules -> modules
    end
  end

  defp run_file(file, _output) do
    case File.read(file) do
      {:ok, _} -> Code.compile_file(file)
      error -> raise MatchError, term: error
    end
  end

  defp collect(pid, ref, warnings) do
    receive do
      {:warning, file, line, message} ->
        collect(pid, ref, [{file, line, message} | warnings])

      {:compiled, ^pid, outcome} ->
        Process.demonitor(ref, [:flush])
        Code.put_compiler_option(:ignore_module_conflict, false)

        case outcome do
          {:ok, modules} -> {:ok, modules, pid, Enum.reverse(warnings)}
          {:error, error} -> {:error, error, Enum.reverse(warnings)}
        end

      {:DOWN, ^ref, :process, ^pid, reason} ->
        {:error, {:exit, reason, []}, Enum.reverse(warnings)}
    end
  end

  # the file's own frames, then the compiler process's, as Elixir's worker shows them
  defp own_frames(stack, output) do
    line = %{:compile => 347, :require => 348}[output] || 346
    own = Enum.take_while(stack, fn {mod, _, _, _} -> mod not in [Code, Kernel.ParallelCompiler] end)
    worker = {Kernel.ParallelCompiler, :"-spawn_workers/7-fun-0-", 5, [file: ~c"lib/kernel/parallel_compiler.ex", line: line]}
    required = {Kernel.ParallelCompiler, :require_file, 2, [file: ~c"lib/kernel/parallel_compiler.ex", line: 455]}
    if output == :require, do: own ++ [required, worker], else: own ++ [worker]
  end

  # what a file's compilation waits for in Elixir: a module another file may yet define
  defp waits_for_module?(:error, %CompileError{description: description}, _stack) do
    description =~ ~r/is not loaded and could not be found|cannot expand struct/
  end

  defp waits_for_module?(:error, reason, stack) do
    case Exception.normalize(:error, reason, stack) do
      %UndefinedFunctionError{module: module} when is_atom(module) -> not Code.ensure_loaded?(module)
      _ -> false
    end
  end

  defp waits_for_module?(_kind, _reason, _stack), do: false

  defp finish(result, warnings, output) do
    # (Elixir's result is a map: its modules come in key order)
    modules = result |> Map.keys() |> Enum.sort()

    with {:compile, path} <- output do
      for module <- modules, do: File.write!(Path.join(path, Atom.to_string(module) <> ".beam"), Map.fetch!(result, module))
    end

    {:ok, modules, warnings}
  end

  defp failed(file, {kind, reason, stack}, warnings, _output) do
    text = :beamlet_boot.format_uncaught_cli(kind, reason, stack)
    IO.write(["\n== Compilation error in file #{Path.relative_to_cwd(file)} ==\n", text])
    {:error, [{Path.absname(file), error_line(file, reason, stack), text}], warnings}
  end

  defp error_line(_file, %{line: line}, _stack) when is_integer(line) and line > 0, do: line

  defp error_line(file, _reason, [{_, _, _, info} | _]) do
    if Keyword.get(info, :file) == to_charlist(Path.relative_to_cwd(file)), do: Keyword.get(info, :line, 0), else: 0
  end

  defp error_line(_, _, _), do: 0
end
