# System.cmd/2,3 and System.shell/1,2 written as Elixir 1.14's (lib/system.ex: the same checks in
# the same order, so that bad arguments fail in its frames and lines: the heads' guards, the
# arguments that must be binaries, cmd_opts/3 reading the options in order, validate_env/1); the
# program runs on the host (vm/bifs/system_cmd.ts) while this process waits in
# :beamlet_system_cmd.run/4.
defmodule System do
  @file "lib/system.ex"
  @beamlet_def_line 927
  def shell(command, opts \\ []) when is_binary(command) do
    __at_line__(928, assert_no_null_byte!(command, "System.shell/2"))
    :beamlet_system_cmd.programs_available!("System.shell/2", command)
    shell_path = System.find_executable("sh") || :beamlet.error_at(934, :enoent, [command, opts])
    command = "(#{command}\n) </dev/null"
    __at_line__(936, do_cmd(shell_path, ["-c", command], opts))
  end

  @file "lib/system.ex"
  @beamlet_def_line 1040
  def cmd(command, args, opts \\ []) when is_binary(command) and is_list(args) do
    __at_line__(1041, assert_no_null_byte!(command, "System.cmd/3"))

    unless __at_line__(1043, Enum.all?(args, &is_binary/1)) do
      __at_line__(1044, raise(ArgumentError, "all arguments for System.cmd/3 must be binaries"))
    end

    :beamlet_system_cmd.programs_available!("System.cmd/3", command)

    path =
      if Path.type(command) == :absolute do
        command
      else
        System.find_executable(command) || :beamlet.error_at(1053, :enoent, [command, args, opts])
      end

    __at_line__(1056, do_cmd(path, args, opts))
  end

  # (the port's options as Elixir's cmd_opts/3 gathers them, newest first over the base ones:
  # what a bad option's FunctionClauseError shows)
  @file "lib/system.ex"
  @beamlet_def_line 1059
  defp do_cmd(path, args, opts) do
    {into, port_opts} = __at_line__(1060, cmd_opts(opts, [:use_stdio, :exit_status, :binary, :hide, {:args, args}], ""))
    :beamlet_system_cmd.run(path, args, into, port_opts)
  end

  @file "lib/system.ex"
  @beamlet_def_line 1084
  defp cmd_opts([{:into, any} | t], opts, _into), do: cmd_opts(t, opts, any)
  defp cmd_opts([{:cd, bin} | t], opts, into) when is_binary(bin), do: cmd_opts(t, [{:cd, bin} | opts], into)
  defp cmd_opts([{:arg0, bin} | t], opts, into) when is_binary(bin), do: cmd_opts(t, [{:arg0, bin} | opts], into)
  defp cmd_opts([{:stderr_to_stdout, true} | t], opts, into), do: cmd_opts(t, [:stderr_to_stdout | opts], into)
  defp cmd_opts([{:stderr_to_stdout, false} | t], opts, into), do: cmd_opts(t, opts, into)
  defp cmd_opts([{:parallelism, bool} | t], opts, into) when is_boolean(bool), do: cmd_opts(t, [{:parallelism, bool} | opts], into)
  defp cmd_opts([{:env, enum} | t], opts, into), do: cmd_opts(t, [{:env, __at_line__(1103, validate_env(enum))} | opts], into)

  defp cmd_opts([{key, val} | _], _opts, _into),
    do: __at_line__(1106, raise(ArgumentError, "invalid option #{inspect(key)} with value #{inspect(val)}"))

  defp cmd_opts([], opts, into), do: {into, opts}

  @file "lib/system.ex"
  @beamlet_def_line 1111
  defp validate_env(enum) do
    __at_line__(1112, Enum.map(enum, fn
      {k, nil} -> {__at_line__(1114, String.to_charlist(k)), false}
      {k, v} -> {__at_line__(1117, String.to_charlist(k)), __at_line__(1117, String.to_charlist(v))}
      other -> __at_line__(1120, raise(ArgumentError, "invalid environment key-value #{inspect(other)}"))
    end))
  end

  @file "lib/system.ex"
  @beamlet_def_line 1308
  defp assert_no_null_byte!(binary, operation) do
    case :binary.match(binary, "\0") do
      {_, _} ->
        __at_line__(1311, raise(ArgumentError, "cannot execute #{operation} for program with null byte, got: #{inspect(binary)}"))

      :nomatch ->
        binary
    end
  end
end

# the run itself: the host's program, this process waiting for its output
defmodule :beamlet_system_cmd do
  @moduledoc false

  # (the options cmd_opts/3 gathered: the last :cd and :arg0 count, the environments in order)
  def run(path, args, into, port_opts) do
    {arg0, cd, env, merge} = port_options(Enum.reverse(port_opts))
    ref = :beamlet_system_cmd.start(path, args, arg0, cd, env, merge)

    receive do
      {:beamlet_cmd, ^ref, {:ok, output, status}} ->
        {collected, fun} = Collectable.into(into)

        result =
          try do
            acc = if output == "", do: collected, else: fun.(collected, {:cont, output})
            fun.(acc, :done)
          catch
            kind, reason ->
              fun.(collected, :halt)
              :erlang.raise(kind, reason, __STACKTRACE__)
          end

        {result, status}

      {:beamlet_cmd, ^ref, {:error, reason}} ->
        :erlang.error(reason)
    end
  end

  # a node whose host cannot spawn programs (beamlet in a web page) says so, where the BEAM would
  # look the program up: not :enoent, which would blame the program's name
  def programs_available!(fun, command) do
    unless :beamlet_system_cmd.available() do
      raise ErlangError,
        original: :enotsup,
        reason:
          "\n\n  * #{fun} cannot run #{inspect(command)}: beamlet in a browser cannot spawn operating-system processes"
    end
  end

  defp port_options(port_opts) do
    Enum.reduce(port_opts, {nil, nil, [], false}, fn
      {:arg0, arg0}, {_, c, e, m} -> {arg0, c, e, m}
      {:cd, cd}, {a, _, e, m} -> {a, cd, e, m}
      {:env, env}, {a, c, e, m} -> {a, c, e ++ Enum.map(env, fn {k, v} -> {List.to_string(k), if(v, do: List.to_string(v))} end), m}
      :stderr_to_stdout, {a, c, e, _} -> {a, c, e, true}
      _, acc -> acc
    end)
  end
end
