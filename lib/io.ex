defmodule IO do
  @moduledoc """
  Reading from and writing to IO devices: the standard input and output, standard error, files
  and any process that speaks the Erlang I/O protocol.

  A device is a pid or the registered name of such a process; `:stdio` stands for the caller's
  group leader (`:standard_io`) and `:stderr` for `:standard_error`. Functions that write take
  chardata (a string or a list of strings and code points) or anything `String.Chars` converts;
  `binwrite/2` and `binread/2` move bytes instead. Reading functions return `:eof` at the end of
  the input and `{:error, reason}` on a failure.
  """

  # (puts, write, binwrite, inspect and the iodata/chardata conversions are implemented by the VM:
  # the bodiless heads below document them)

  @doc """
  Writes `item` and then a newline to `device`. Anything `String.Chars` converts is accepted.

  ## Examples

      IO.puts("Hello")
      IO.puts(:stderr, ["to ", "standard error"])
  """
  @spec puts(device(), chardata() | String.Chars.t()) :: :ok
  def puts(device \\ :stdio, item)

  @doc """
  Writes `chardata` to `device` as it is, with no newline. Prefer `binwrite/2` for bytes that are
  not UTF-8 text.

  ## Examples

      IO.write("one, ")
      IO.write(:stdio, "two\n")
  """
  @spec write(device(), chardata() | String.Chars.t()) :: :ok
  def write(device \\ :stdio, chardata)

  @doc """
  Writes `iodata` to `device` as raw bytes (the device must be in binary mode for anything beyond
  ASCII to arrive unchanged).
  """
  @spec binwrite(device(), iodata()) :: :ok | {:error, term()}
  def binwrite(device \\ :stdio, iodata)

  @doc """
  Prints `item` with `Kernel.inspect/2` and a newline to standard output, then returns `item`
  itself, so it can sit in the middle of a pipeline. `opts` are the inspect options, plus
  `:label`, printed before the value.

  ## Examples

      [1, 2, 3]
      |> IO.inspect(label: "before")
      |> Enum.map(&(&1 * 2))
      |> IO.inspect(label: "after")
  """
  @spec inspect(item, keyword()) :: item when item: var
  def inspect(item, opts \\ [])

  @doc """
  Like `inspect/2`, printing to `device` instead of standard output; returns `item`.
  """
  @spec inspect(device(), item, keyword()) :: item when item: var
  def inspect(device, item, opts)

  @doc """
  Turns `iodata` (a binary, or a possibly nested list of binaries and bytes) into one binary.

  ## Examples

      iex> IO.iodata_to_binary(["ab", ?c, ["d" | "e"]])
      "abcde"
  """
  @spec iodata_to_binary(iodata()) :: binary()
  def iodata_to_binary(iodata)

  @doc """
  The number of bytes in `iodata`, without building the binary.

  ## Examples

      iex> IO.iodata_length([?a, "bc", ["def"]])
      6
  """
  @spec iodata_length(iodata()) :: non_neg_integer()
  def iodata_length(iodata)

  @doc """
  Turns `chardata` (a string, or a list of code points and strings) into a UTF-8 string. Raises
  `UnicodeConversionError` when it holds something that is not valid Unicode.

  ## Examples

      iex> IO.chardata_to_string([?h, "é", [?!]])
      "hé!"
  """
  @spec chardata_to_string(chardata()) :: String.t()
  def chardata_to_string(chardata)

  @doc false
  # IO.puts/IO.write of a struct: the BIF hands over here to use String.Chars
  @doc false
  # IO.write/binwrite/puts to a device process (File.open, StringIO)
  def __device_write__(device, data, newline, binary) do
    data = if newline, do: [data, ?\n], else: data

    if binary do
      # (:file.write/2's answer, {:error, reason} included)
      IO.Device.request(device, {:put_chars, :latin1, :erlang.iolist_to_binary(data)})
    else
      # (chardata goes as it is: the device says what it cannot translate)
      IO.Device.put!(device, :unicode, if(is_list(data) or is_binary(data), do: data, else: IO.chardata_to_string(data)))
    end
  end

  # IO.puts/IO.write of a term that is neither chardata nor a plain atom or number (a struct, a
  # tuple, a map, a pid, a bitstring ...): String.Chars makes it a string first, raising
  # Protocol.UndefinedError where it has no implementation, under IO.puts/2's (IO.write/2's) frame
  # at the line of Elixir's to_chardata/1, which is inlined there
  @doc false
  @beamlet_shown_as {:puts, 2}
  @beamlet_frame_line 767
  def __puts_chars__(device, term) do
    string = String.Chars.to_string(term)
    IO.puts(device, string)
  end

  @doc false
  @beamlet_shown_as {:write, 2}
  @beamlet_frame_line 767
  def __write_chars__(device, term) do
    string = String.Chars.to_string(term)
    IO.write(device, string)
  end

  # IO.inspect/3 with a label that is neither chardata nor an atom or number (a struct, a tuple, a
  # map ...): String.Chars makes it a string first (a struct's own implementation), raising
  # Protocol.UndefinedError where there is none, under IO.inspect/3's frame at to_chardata/1's line
  @doc false
  @beamlet_shown_as {:inspect, 3}
  @beamlet_frame_line 767
  def __inspect_labelled__(device, item, opts) do
    label = String.Chars.to_string(opts[:label])
    IO.inspect(device, item, [label: label] ++ opts)
  end

  # ---- warnings ----

  @doc "Writes `message` to standard error as a warning, followed by the caller's stack trace."
  @spec warn(chardata() | String.Chars.t()) :: :ok
  def warn(message) do
    # drop Process.info/2 and IO.warn/1 themselves
    {:current_stacktrace, stacktrace} = Process.info(self(), :current_stacktrace)
    warn(message, Enum.drop(stacktrace, 2))
  end

  @doc """
  Writes `message` to standard error as a warning, followed by `stacktrace_info`: a stack trace,
  a `Macro.Env` (its location is shown) or `[]` for none.
  """
  @spec warn(chardata() | String.Chars.t(), Exception.stacktrace() | keyword() | Macro.Env.t()) :: :ok
  def warn(message, stacktrace_info)

  def warn(message, []) do
    print_warning([__at_line__(767, to_chardata(message)), ?\n])
  end

  def warn(message, %Macro.Env{} = env) do
    warn(message, Macro.Env.stacktrace(env))
  end

  # a location as keywords (file:, line:, module:, function:): shown as an environment's; no file, none
  def warn(message, [{_, _} | _] = keyword) do
    if file = keyword[:file] do
      env = %{__ENV__ | module: keyword[:module], function: keyword[:function], line: keyword[:line], file: file}
      warn(message, env)
    else
      warn(message, [])
    end
  end

  def warn(message, [{_, _, _, _} | _] = stacktrace) do
    trace = Enum.map_join(stacktrace, "\n  ", &Exception.format_stacktrace_entry/1)
    print_warning([__at_line__(767, to_chardata(message)), ?\n, "  ", trace, ?\n])
  end

  @doc false
  # (Elixir's deprecations) warns of `key` once per caller: the first frame left once
  # `stacktrace_drop_levels` frames are dropped
  def warn_once(key, message, stacktrace_drop_levels) do
    # (its own frame at Elixir's line)
    {:current_stacktrace, stacktrace} = __at_line__(370, Process.info(self(), :current_stacktrace))
    stacktrace = Enum.drop(stacktrace, stacktrace_drop_levels)
    if first_warning?(key, stacktrace), do: warn(message, stacktrace), else: :ok
  end

  # (as :elixir_config.warn/2: a caller's {module, function, arity} counts once per key, node-wide)
  defp first_warning?(key, [{mod, fun, args_or_arity, _} | _]) do
    arity = if is_list(args_or_arity), do: length(args_or_arity), else: args_or_arity
    seen = {:elixir_config, :warn, key, mod, fun, arity}

    case :persistent_term.get(seen, false) do
      true -> false
      false ->
        :persistent_term.put(seen, true)
        true
    end
  end

  defp first_warning?(_key, _stacktrace), do: true

  # (as Elixir's IO: chardata as it is, any other term through String.Chars)
  defp to_chardata(list) when is_list(list), do: list
  defp to_chardata(binary) when is_binary(binary), do: binary
  # (Elixir inlines it: a failure shows its caller's frame at line 767)
  defp to_chardata(other), do: String.Chars.to_string(other)

  defp print_warning(message) do
    IO.write(:standard_error, ["warning: ", message, ?\n])
  end

  # ---- reading: requests of the Erlang io protocol to the device's io server ----

  @doc """
  Shows `prompt` and reads one line from `device`, newline included; `:eof` once the input is
  exhausted, `{:error, reason}` when the device fails.
  """
  @spec gets(device(), chardata() | String.Chars.t()) :: chardata() | nodata()
  def gets(device \\ :stdio, prompt) do
    # (Elixir's map_dev, inlined: a device that is no atom, pid or tuple is its case_clause)
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    # (the prompt as chardata, by the caller: a term String.Chars refuses fails here, as in Elixir)
    request(device, {:get_line, :unicode, __at_line__(767, to_chardata(prompt))})
  end

  @doc """
  Reads from `device` as text: `:line` reads one line, `:eof` everything that is left, a count
  that many characters. `:eof` when nothing is left to read.
  """
  @spec read(device(), :eof | :line | non_neg_integer()) :: chardata() | nodata()
  def read(device \\ :stdio, line_or_chars)

  def read(device, :all) do
    case read(device, :eof) do
      :eof -> ""
      other -> other
    end
  end

  def read(device, :eof), do: getn(device, '', :eof)
  def read(device, :line) do
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    request(device, {:get_line, :unicode, ''})
  end

  def read(device, count) when is_integer(count) and count >= 0 do
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    request(device, {:get_chars, :unicode, '', count})
  end

  @doc """
  Reads from `device` as bytes: `:line` reads one line, `:eof` everything that is left, a count
  that many bytes. `:eof` when nothing is left to read.
  """
  @spec binread(device(), :eof | :line | non_neg_integer()) :: iodata() | nodata()
  def binread(device \\ :stdio, line_or_chars)

  def binread(device, :all) do
    case binread(device, :eof) do
      :eof -> ""
      other -> other
    end
  end

  # in chunks of bytes, as Elixir reads them (a console whose input does not convert to Latin-1
  # answers {:error, :collect_chars})
  def binread(device, :eof) do
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    binread_eof(device, [])
  end

  def binread(device, :line) do
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    read_bytes(device, {:get_line, :latin1, ''})
  end

  def binread(device, count) when is_integer(count) and count >= 0 do
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    read_bytes(device, {:get_chars, :latin1, '', count})
  end

  @doc """
  Shows `prompt` and reads `count` characters from standard input (or, given a device first,
  one character from it).
  """
  @spec getn(device() | chardata() | String.Chars.t(), pos_integer() | :eof | chardata() | String.Chars.t()) :: chardata() | nodata()
  def getn(prompt, count \\ 1)

  def getn(prompt, count) when is_integer(count) and count > 0, do: getn(:stdio, prompt, count)
  def getn(prompt, :eof), do: getn(:stdio, prompt, :eof)
  def getn(device, prompt) when not is_integer(prompt), do: getn(device, prompt, 1)

  @doc """
  Shows `prompt` and reads `count` characters from `device`, or all that is left with `:eof`.
  """
  @spec getn(device(), chardata() | String.Chars.t(), pos_integer() | :eof) :: chardata() | nodata()
  def getn(device, prompt, count)

  # (each reader checks its device as Elixir's map_dev/1, inlined, does: a device that is no atom,
  # pid or tuple is its case_clause, in the reader's own frame)
  def getn(device, prompt, :eof) do
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    read_to_eof(device, :unicode, __at_line__(767, to_chardata(prompt)), [])
  end

  def getn(device, prompt, count) when is_integer(count) and count > 0 do
    unless is_atom(device) or is_pid(device) or is_tuple(device), do: __at_line__(762, :erlang.error({:case_clause, {device}}))
    request(device, {:get_chars, :unicode, __at_line__(767, to_chardata(prompt)), count})
  end

  @doc "The lines of standard input as a stream: `stream(:stdio, :line)`."
  @doc since: "1.12.0"
  def stream, do: stream(:stdio, :line)

  # (as in Elixir 1.14, a one-argument call is the unit, read from :stdio: IO.stream(:line))
  @doc """
  `device` as an `IO.Stream`, read as text a line (`:line`) or a number of characters at a time.
  The stream is also collectable: `Enum.into/2` writes to the device.
  """
  @spec stream(device(), :line | pos_integer()) :: Enumerable.t()
  @beamlet_def_line 603
  def stream(device \\ :stdio, line_or_codepoints)
      when line_or_codepoints == :line
      when is_integer(line_or_codepoints) and line_or_codepoints > 0 do
    IO.Stream.__build__(stream_device(device), false, line_or_codepoints)
  end

  @doc "The lines of standard input as a stream of bytes: `binstream(:stdio, :line)`."
  @doc since: "1.12.0"
  def binstream, do: binstream(:stdio, :line)

  @doc """
  `device` as an `IO.Stream` of bytes, a line (`:line`) or a number of bytes at a time. The
  stream is also collectable: `Enum.into/2` writes to the device.
  """
  @spec binstream(device(), :line | pos_integer()) :: Enumerable.t()
  @beamlet_def_line 640
  def binstream(device \\ :stdio, line_or_bytes)
      when line_or_bytes == :line
      when is_integer(line_or_bytes) and line_or_bytes > 0 do
    IO.Stream.__build__(stream_device(device), true, line_or_bytes)
  end

  @doc false
  # the next element of an IO.stream/2: what read/2 gives, until :eof
  def each_stream(device, line_or_codepoints) do
    case read(device, line_or_codepoints) do
      :eof -> {:halt, device}
      {:error, reason} -> __at_line__(738, raise(IO.StreamError, reason: reason))
      data -> {[data], device}
    end
  end

  @doc false
  # the next element of an IO.binstream/2: what binread/2 gives, until :eof
  def each_binstream(device, line_or_chars) do
    case binread(device, line_or_chars) do
      :eof -> {:halt, device}
      {:error, reason} -> __at_line__(752, raise(IO.StreamError, reason: reason))
      data -> {[data], device}
    end
  end

  defp stream_device(:stdio), do: :standard_io
  defp stream_device(:stderr), do: :standard_error
  defp stream_device(device), do: device

  defp binread_eof(device, acc) do
    case read_bytes(device, {:get_chars, :latin1, '', 4096}) do
      :eof when acc == [] -> :eof
      :eof -> IO.iodata_to_binary(:lists.reverse(acc))
      {:error, _} = error -> error
      chunk -> binread_eof(device, [chunk | acc])
    end
  end

  # IO.binread/2's reads go through :file, as Elixir's do: to a device that is a tuple, a raw file's
  # {:file_descriptor, module, _} is read by its module, any other is {:error, :badarg}
  defp read_bytes({:file_descriptor, mod, _} = fd, request) do
    read =
      case request do
        {:get_line, _, _} -> mod.read_line(fd)
        {:get_chars, _, _, count} -> mod.read(fd, count)
      end

    case read do
      {:ok, data} -> data
      other -> other
    end
  end

  defp read_bytes(device, _request) when is_tuple(device), do: {:error, :badarg}
  defp read_bytes(device, request), do: request(device, request)

  defp read_to_eof(device, encoding, prompt, acc) do
    case request(device, {:get_line, encoding, prompt}) do
      :eof when acc == [] -> :eof
      :eof -> IO.iodata_to_binary(:lists.reverse(acc))
      {:error, _} = error -> error
      line -> read_to_eof(device, encoding, '', [line | acc])
    end
  end

  @doc false
  # an io request to a device as :io makes it: a name that is no process answers {:error, :arguments}
  def __request__(device, request) when is_atom(device) and device not in [:stdio, :standard_io, :stderr] do
    case Process.whereis(device) do
      nil when device == :standard_error -> console_stderr(request)
      nil -> {:error, :arguments}
      _ -> request(device, request)
    end
  end

  def __request__(:stderr, request), do: __request__(:standard_error, request)

  # (output to the console when no group leader takes it: written as the console's io server
  # writes, standard input's server answering the rest)
  def __request__(device, request) when device in [:stdio, :standard_io] and is_tuple(request) and elem(request, 0) == :put_chars do
    case :beamlet.stdio_leader() do
      nil -> :beamlet_boot.console_put_chars(request)
      _ -> request(device, request)
    end
  end

  def __request__(device, request), do: request(device, request)

  # standard error when nothing captures it: the console's, which writes and reads nothing back
  defp console_stderr({:put_chars, _encoding, chars}), do: :io.put_chars(:standard_error, chars)
  defp console_stderr(:getopts), do: [encoding: :unicode]
  defp console_stderr({:setopts, [encoding: _]}), do: :ok
  defp console_stderr({:setopts, _}), do: {:error, :enotsup}
  defp console_stderr({:get_geometry, which}) when which in [:columns, :rows] do
    case :beamlet.terminal_geometry(which, :standard_error) do
      n when is_integer(n) and n > 0 -> n
      _ -> {:error, :enotsup}
    end
  end

  defp console_stderr({:get_geometry, _}), do: {:error, :enotsup}
  defp console_stderr(other), do: {:error, {:request, other}}

  # (a tuple is a device to Elixir's map_dev/1, but a read request to one fails in OTP's
  # io:request/3; IO.binread/2's reads go through :file instead, read_bytes/3)
  defp request(device, request) when is_tuple(device), do: :beamlet.io_request_no_clause(device, request)

  defp request(device, request) do
    pid = io_server(device)
    ref = Process.monitor(pid)
    send(pid, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end

  defp io_server(device) when device in [:stdio, :standard_io] do
    case :beamlet.stdio_leader() do
      nil -> :beamlet_stdin.server()
      leader -> leader
    end
  end

  defp io_server(:stderr), do: io_server(:standard_error)
  defp io_server(device) when is_pid(device), do: device

  defp io_server(device) when is_atom(device) do
    case Process.whereis(device) do
      nil -> raise ArgumentError, "could not read from device #{inspect(device)}: no such device"
      pid -> pid
    end
  end
end

defmodule IO.Device do
  @moduledoc false
  # The io protocol from the client side: {:io_request, from, ref, request} to a device process,
  # answered by {:io_reply, ref, reply}. A dead device answers {:error, :terminated}.

  def request(device, request) do
    ref = Process.monitor(device)
    send(device, {:io_request, self(), ref, request})

    receive do
      {:io_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end

  # a put_chars reply of an error raises as Erlang's io:put_chars does
  def put!(device, encoding, data) do
    case request(device, {:put_chars, encoding, data}) do
      :ok -> :ok
      {:error, :terminated} -> :erlang.error(:terminated)
      {:error, {:no_translation, _, _}} -> :erlang.error(:no_translation)
      # the server could not read the data as chardata: io:put_chars's badarg, explained
      {:error, {:put_chars, _, _}} -> raise ArgumentError, "errors were found at the given arguments:\n\n  * 2nd argument: not valid character data (an iodata term)\n"
      {:error, reason} -> raise ArgumentError, "errors were found at the given arguments:" <> reason_text(reason)
    end
  end

  # a POSIX code is explained under the device argument; any other reason is "unknown"
  defp reason_text(reason) do
    case :erl_posix_msg.message(reason) do
      'unknown POSIX error' -> " unknown error: " <> List.to_string(:io_lib.format('~tp', [reason]))
      text -> "\n\n  * 1st argument: " <> List.to_string(text) <> " (" <> Atom.to_string(reason) <> ")\n"
    end
  end
end
