# System.cmd/2,3 and System.shell/1,2 (the System BIFs tail-call here): options and errors as in
# Elixir 1.14; the program runs on the host (vm/bifs/system_cmd.ts) while this process waits.
defmodule :beamlet_system_cmd do
  @options [:into, :cd, :env, :arg0, :stderr_to_stdout, :parallelism]

  def cmd(command, args, opts) when is_binary(command) and is_list(args) and is_list(opts) do
    # (a NUL byte in the program was refused by the System BIF, in System's frames)
    unless Enum.all?(args, &is_binary/1) do
      raise ArgumentError, "all arguments for System.cmd/3 must be binaries"
    end

    programs_available!("System.cmd/3", command)

    path =
      if Path.type(command) == :absolute do
        command
      else
        System.find_executable(command) || :erlang.error(:enoent, [command, args, opts])
      end

    run(path, args, opts)
  end

  def shell(command, opts) when is_binary(command) and is_list(opts) do
    programs_available!("System.shell/2", command)
    sh = System.find_executable("sh") || :erlang.error(:enoent, [command, opts])
    run(sh, ["-c", "(#{command}\n) </dev/null"], opts)
  end

  defp run(path, args, opts) do
    {into, arg0, cd, env, merge} = options(opts)
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
  defp programs_available!(fun, command) do
    unless :beamlet_system_cmd.available() do
      raise ErlangError,
        original: :enotsup,
        reason:
          "\n\n  * #{fun} cannot run #{inspect(command)}: beamlet in a browser cannot spawn operating-system processes"
    end
  end

  defp options(opts) do
    Enum.reduce(opts, {"", nil, nil, [], false}, fn
      {:into, into}, {_, a, c, e, m} -> {into, a, c, e, m}
      {:arg0, arg0}, {i, _, c, e, m} when is_binary(arg0) -> {i, arg0, c, e, m}
      {:cd, cd}, {i, a, _, e, m} when is_binary(cd) -> {i, a, cd, e, m}
      # (any enumerable of pairs, a map too: Elixir maps over it)
      {:env, env}, {i, a, c, _, m} -> {i, a, c, validate_env(env), m}
      {:stderr_to_stdout, merge}, {i, a, c, e, _} when is_boolean(merge) -> {i, a, c, e, merge}
      {:parallelism, bool}, acc when is_boolean(bool) -> acc
      {key, value}, _acc -> raise ArgumentError, "invalid option #{inspect(key)} with value #{inspect(value)}"
    end)
  end

  defp env_binary(text) do
    _ = String.to_charlist(text)
    text
  end

  defp validate_env(env) do
    Enum.map(env, fn
      # (names and values are binaries: Elixir takes String.to_charlist/1 of each)
      {k, nil} -> {env_binary(k), nil}
      {k, v} -> {env_binary(k), env_binary(v)}
      other -> raise ArgumentError, "invalid environment key-value #{inspect(other)}"
    end)
  end
end
