defmodule File do
  @moduledoc """
  The language half of File: devices (open/close), streams and anything taking a fun. The rest
  (read, write, ls, mkdir ...) are BIFs (vm/bifs/files.ts). A device is a :file_io_server
  process speaking the io protocol, so IO.write/IO.read work on it as on the BEAM.
  """

  def open(path, modes \\ [])

  def open(path, modes) when is_list(modes) do
    path = __at_line__(1432, IO.chardata_to_string(path))
    raw_modes = for m <- modes, m in [:read, :write, :append, :exclusive], do: m
    raw_modes = if raw_modes == [], do: [:read], else: raw_modes

    # as OTP's file_io_server, the device's process is started first and opens the file itself,
    # so an open that fails has used a process too (a :raw open that fails has not: on the BEAM it
    # uses none)
    if :raw in modes do
      case :beamlet_file.open(path, raw_modes) do
        {:ok, fd} -> :file_io_server.start(self(), fd, raw_modes ++ modes)
        {:error, _} = error -> error
      end
    else
      :file_io_server.open(self(), path, raw_modes, modes)
    end
  end

  def open(path, fun) when is_function(fun, 1), do: open(path, [], fun)

  def open(path, modes, fun) when is_list(modes) and is_function(fun, 1) do
    case __at_line__(1465, open(path, modes)) do
      {:ok, device} ->
        try do
          {:ok, __at_line__(1468, fun.(device))}
        after
          close(device)
        end

      error ->
        error
    end
  end

  def open!(path, modes \\ [])

  # (with a function, as Elixir's open!/2 does, which hands it to open/2)
  def open!(path, modes_or_fun) when is_list(modes_or_fun) or is_function(modes_or_fun, 1) do
    case __at_line__(1487, open(path, modes_or_fun)) do
      {:ok, device_or_result} -> device_or_result
      {:error, reason} -> __at_line__(1492, raise(File.Error, reason: reason, action: "open", path: IO.chardata_to_string(path)))
    end
  end

  def open!(path, modes, fun) when is_list(modes) and is_function(fun, 1) do
    case __at_line__(1506, open(path, modes, fun)) do
      {:ok, result} -> result
      {:error, reason} -> __at_line__(1511, raise(File.Error, reason: reason, action: "open", path: IO.chardata_to_string(path)))
    end
  end

  # ---- copies with on_conflict, recursive copies, cd!

  def cp(source, destination, options) when is_list(options) do
    on_conflict = Keyword.get(options, :on_conflict, fn _, _ -> true end)

    if File.exists?(destination) and not on_conflict.(source, destination),
      do: :ok,
      else: File.cp(source, destination)
  end

  def cp!(source, destination, options) when is_list(options) do
    case cp(source, destination, options) do
      :ok -> :ok
      {:error, reason} -> raise File.CopyError, reason: reason, action: "copy", source: source, destination: destination
    end
  end

  def cp_r(source, destination, options \\ []) when is_list(options) do
    on_conflict = Keyword.get(options, :on_conflict, fn _, _ -> true end)
    source = IO.chardata_to_string(source)
    destination = IO.chardata_to_string(destination)

    case :beamlet.file_info(source, false) do
      {:ok, _} ->
        try do
          {:ok, copy_tree(source, destination, on_conflict, [])}
        catch
          {:cp_r_failed, reason, file} -> {:error, reason, file}
        end

      {:error, reason} ->
        {:error, reason, source}
    end
  end

  def cp_r!(source, destination, options \\ []) when is_list(options) do
    case cp_r(source, destination, options) do
      {:ok, files} ->
        files

      {:error, reason, file} ->
        __at_line__(949, raise(File.CopyError,
          reason: reason,
          action: "copy recursively",
          on: file,
          source: IO.chardata_to_string(source),
          destination: IO.chardata_to_string(destination)
        ))
    end
  end

  # the created files and directories, most recent first (as Elixir returns them)
  defp copy_tree(source, destination, on_conflict, acc) do
    case :beamlet.file_info(source, false) do
      {:ok, info} when elem(info, 1) == :directory ->
        case File.mkdir(destination) do
          result when result in [:ok, {:error, :eexist}] ->
            {:ok, entries} = File.ls(source)
            acc = [destination | acc]

            Enum.reduce(entries, acc, fn entry, acc ->
              copy_tree(Path.join(source, entry), Path.join(destination, entry), on_conflict, acc)
            end)

          {:error, reason} ->
            throw({:cp_r_failed, reason, destination})
        end

      {:ok, info} when elem(info, 1) == :symlink ->
        {:ok, target} = File.read_link(source)

        if File.exists?(destination) and not on_conflict.(source, destination) do
          acc
        else
          File.rm(destination)

          case File.ln_s(target, destination) do
            :ok -> [destination | acc]
            {:error, reason} -> throw({:cp_r_failed, reason, destination})
          end
        end

      {:ok, _} ->
        if File.exists?(destination) and not on_conflict.(source, destination) do
          acc
        else
          case File.cp(source, destination) do
            :ok -> [destination | acc]
            {:error, reason} -> throw({:cp_r_failed, reason, source})
          end
        end

      {:error, reason} ->
        throw({:cp_r_failed, reason, source})
    end
  end

  def cd!(path) do
    case File.cd(path) do
      :ok -> :ok
      {:error, reason} -> __at_line__(1580, raise(File.Error, reason: reason, action: "set current working directory to", path: IO.chardata_to_string(path)))
    end
  end

  def cd!(path, function) when is_function(function, 0) do
    old = File.cwd!()
    cd!(path)

    try do
      function.()
    after
      cd!(old)
    end
  end

  def stat(path, opts \\ []) do
    opts = Keyword.put_new(opts, :time, :universal)

    case :file.read_file_info(IO.chardata_to_string(path), opts) do
      {:ok, info} -> {:ok, File.Stat.from_record(info)}
      error -> error
    end
  end

  def stat!(path, opts \\ []) do
    case stat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> __at_line__(408, raise(File.Error, reason: reason, action: "read file stats", path: IO.chardata_to_string(path)))
    end
  end

  @doc "Writes a File.Stat's mode, owner, group and times to `path` (`time:` :universal, :local or :posix)."
  def write_stat(path, %File.Stat{} = stat, opts \\ []) do
    opts = Keyword.put_new(opts, :time, :universal)
    :file.write_file_info(IO.chardata_to_string(path), File.Stat.to_record(stat), opts)
  end

  def write_stat!(path, %File.Stat{} = stat, opts \\ []) do
    case write_stat(path, stat, opts) do
      :ok -> :ok
      {:error, reason} -> __at_line__(529, raise(File.Error, reason: reason, action: "write file stats", path: IO.chardata_to_string(path)))
    end
  end

  @doc "Changes the owner (user id) of `path`."
  def chown(path, uid), do: :file.change_owner(IO.chardata_to_string(path), uid)

  def chown!(path, uid) do
    case chown(path, uid) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "change owner for", path: IO.chardata_to_string(path)
    end
  end

  @doc "Changes the group (group id) of `path`."
  def chgrp(path, gid), do: :file.change_group(IO.chardata_to_string(path), gid)

  def chgrp!(path, gid) do
    case chgrp(path, gid) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "change group for", path: IO.chardata_to_string(path)
    end
  end

  def lstat(path, opts \\ []) do
    opts = Keyword.put_new(opts, :time, :universal)

    case :file.read_link_info(IO.chardata_to_string(path), opts) do
      {:ok, info} -> {:ok, File.Stat.from_record(info)}
      error -> error
    end
  end

  def lstat!(path, opts \\ []) do
    case lstat(path, opts) do
      {:ok, info} -> info
      {:error, reason} -> __at_line__(461, raise(File.Error, reason: reason, action: "read file stats", path: IO.chardata_to_string(path)))
    end
  end

  def close(device) when is_pid(device) do
    ref = Process.monitor(device)
    send(device, {:file_request, self(), ref, :close})

    receive do
      {:file_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        :ok
    end
  end

  def stream!(path, modes \\ [], line_or_bytes \\ :line) do
    File.Stream.__build__(__at_line__(1708, IO.chardata_to_string(path)), modes, line_or_bytes)
  end
end

defmodule File.Stream do
  @moduledoc "File.stream!/3: enumerates a file's lines or chunks of bytes; collects into it."

  defstruct path: nil, modes: [], line_or_bytes: :line, raw: true

  @doc false
  def __build__(path, modes, line_or_bytes) do
    # the modes as Elixir 1.14 keeps them: :utf8 as {:encoding, :utf8}, :read_ahead with its
    # default size, :binary last unless :charlist; without an encoding the file is opened :raw
    # (with read-ahead unless given one or refused), so it takes no process on the BEAM
    charlist = :charlist in modes
    modes =
      Enum.flat_map(modes, fn
        :utf8 -> [{:encoding, :utf8}]
        :read_ahead -> [{:read_ahead, 65536}]
        :charlist -> []
        mode -> [mode]
      end) ++ if(charlist, do: [], else: [:binary])

    raw = not Enum.any?(modes, &match?({:encoding, _}, &1))

    modes =
      cond do
        not raw -> modes
        {:read_ahead, false} in modes -> [:raw | List.delete(modes, {:read_ahead, false})]
        List.keymember?(modes, :read_ahead, 0) -> [:raw | modes]
        true -> [:raw, :read_ahead | modes]
      end

    %File.Stream{path: path, modes: modes, line_or_bytes: line_or_bytes, raw: raw}
  end
end

defimpl Enumerable, for: File.Stream do
  def reduce(%File.Stream{path: path, modes: modes, line_or_bytes: what, raw: raw}, acc, fun) do
    read_modes = [:read | read_modes(modes)]
    read_modes = if :binary in modes, do: read_modes, else: [:charlist | read_modes]

    start = fn ->
      case File.open(path, read_modes) do
        {:ok, device} -> if :trim_bom in modes, do: elem(trim_bom(device, raw), 0), else: device
        {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
      end
    end

    next = fn device ->
      result =
        case {what, raw} do
          {:line, true} -> IO.binread(device, :line)
          {:line, false} -> IO.read(device, :line)
          {n, true} -> IO.binread(device, n)
          {n, false} -> IO.read(device, n)
        end

      case result do
        :eof -> {:halt, device}
        {:error, reason} -> raise IO.StreamError, reason: reason
        data -> {[data], device}
      end
    end

    Enumerable.reduce(Stream.resource(start, next, &File.close/1), acc, fun)
  end

  # as Elixir 1.14: lines are counted as newlines, chunks from the file size
  def count(%File.Stream{path: path, line_or_bytes: :line}) do
    case File.read(path) do
      {:ok, content} -> {:ok, length(:binary.matches(content, "\n"))}
      {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  # (chunks of bytes of a raw file: from its size, less the BOM's length in bytes when :trim_bom,
  # as Elixir 1.14 counts them; an empty file or one of characters is counted by reducing)
  def count(%File.Stream{path: path, line_or_bytes: bytes, raw: true, modes: modes}) do
    case File.stat(path) do
      {:ok, %{size: 0}} -> {:error, __MODULE__}
      {:ok, %{size: size}} -> {:ok, div(size, bytes) + if(rem(size, bytes) == 0, do: 0, else: 1) - count_raw_bom(path, modes)}
      {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
    end
  end

  def count(_stream), do: {:error, __MODULE__}

  defp count_raw_bom(path, modes) do
    if :trim_bom in modes, do: File.open!(path, read_modes(modes), &elem(trim_bom(&1, true), 1)), else: 0
  end

  defp read_modes(modes), do: Enum.reject(modes, &(&1 in [:write, :append, :exclusive, :trim_bom]))

  # :trim_bom: a raw file is read from past its BOM (UTF-8, UTF-16 or UTF-32); a file with an
  # encoding past its first character when that is a BOM's
  defp trim_bom(device, true) do
    bom_length = device |> IO.binread(4) |> bom_length()
    {:ok, new_pos} = :file.position(device, bom_length)
    {device, new_pos}
  end

  defp trim_bom(device, false) do
    case bom_length(IO.read(device, 1)) do
      0 ->
        {:ok, _} = :file.position(device, 0)
        {device, 0}

      _ ->
        {device, 1}
    end
  end

  defp bom_length(<<239, 187, 191, _::binary>>), do: 3
  defp bom_length(<<254, 255, _::binary>>), do: 2
  defp bom_length(<<255, 254, _::binary>>), do: 2
  defp bom_length(<<0, 0, 254, 255, _::binary>>), do: 4
  defp bom_length(<<254, 255, 0, 0, _::binary>>), do: 4
  defp bom_length(_), do: 0
  def member?(_stream, _term), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}
end

defimpl Collectable, for: File.Stream do
  def into(%File.Stream{path: path, modes: modes, raw: raw} = stream) do
    write_modes = [:write | Enum.reject(modes, &(&1 in [:read]))]
    write_modes = if :binary in modes, do: write_modes, else: [:charlist | write_modes]

    device =
      case File.open(path, write_modes) do
        {:ok, device} -> device
        {:error, reason} -> raise File.Error, reason: reason, action: "stream", path: path
      end

    collector = fn
      :ok, {:cont, data} ->
        if raw, do: IO.binwrite(device, data), else: IO.write(device, data)
        :ok

      :ok, :done ->
        File.close(device)
        stream

      :ok, :halt ->
        File.close(device)
    end

    {:ok, collector}
  end
end
