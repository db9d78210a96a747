defmodule :file do
  @moduledoc """
  Erlang's :file over the host's files: whole-file reads and writes, directories, links, the
  working directory, devices (:file.open gives a :file_io_server process, in list mode unless
  opened with :binary) and file information. The host's stat comes from a BIF
  (vm/bifs/files.ts) with POSIX times; the :time option converts them. A name is a binary, a
  charlist, an atom or a deep list of characters and atoms; anything else is {:error, :badarg}.
  """

  # ---- names ----------------------------------------------------------------------------------

  defp name(n) when is_binary(n), do: {:ok, n}
  defp name(n) when is_atom(n), do: {:ok, Atom.to_string(n)}

  defp name(n) when is_list(n) do
    try do
      case :unicode.characters_to_binary(:filename.flatten(n)) do
        bin when is_binary(bin) -> {:ok, bin}
        _ -> :error
      end
    rescue
      _ -> :error
    catch
      _, _ -> :error
    end
  end

  defp name(_), do: :error

  # runs `fun` on the names given as strings, or answers OTP's {:error, :badarg}
  defp with_names(names, fun) do
    converted = Enum.map(names, &name/1)

    if Enum.all?(converted, &match?({:ok, _}, &1)),
      do: apply(fun, Enum.map(converted, &elem(&1, 1))),
      else: {:error, :badarg}
  end

  defp ok_or_error(:ok), do: :ok
  defp ok_or_error({:ok, _}), do: :ok
  defp ok_or_error({:error, _} = error), do: error

  # ---- whole files ----------------------------------------------------------------------------

  def read_file(name), do: with_names([name], &File.read/1)

  # the Erlang terms of a file, each ending with a dot (text read as UTF-8, else as latin1)
  def consult(name) do
    # (OTP reads it through a file_io_server process, started before the open can fail)
    with {:ok, _} <- name(name), do: :beamlet.take_pid_number()

    case read_file(name) do
      {:ok, bin} -> consult_terms(file_chars(bin), 1, [])
      error -> error
    end
  end

  # the first file `name` names in the directories of `path` (`name` alone when absolute, and in
  # the directory '.', a charlist) that is there: {:ok, terms, full_name}; a missing file or
  # directory goes on to the next ({:error, :enoent} when none is left), any other error ends it
  def path_consult(path, name) when is_list(path) do
    case name(name) do
      {:ok, n} ->
        if :filename.pathtype(n) == :absolute do
          with {:ok, terms} <- consult(name), do: {:ok, terms, name}
        else
          path_consult_in(path, name)
        end

      :error ->
        {:error, :badarg}
    end
  end

  defp path_consult_in([], _name), do: {:error, :enoent}

  defp path_consult_in([dir | dirs], name) do
    case name(dir) do
      {:ok, _} ->
        full = if dir == '.', do: name, else: :filename.join(dir, name)

        case consult(full) do
          {:ok, terms} -> {:ok, terms, full}
          {:error, reason} when reason in [:enoent, :enotdir] -> path_consult_in(dirs, name)
          error -> error
        end

      :error ->
        {:error, :badarg}
    end
  end

  defp file_chars(bin) do
    case :unicode.characters_to_list(bin) do
      chars when is_list(chars) -> chars
      _ -> :erlang.binary_to_list(bin)
    end
  end

  defp consult_terms(chars, line, acc) do
    scanned =
      case :erl_scan.tokens([], chars, line) do
        {:more, cont} -> :erl_scan.tokens(cont, :eof, line)
        done -> done
      end

    case scanned do
      {:done, {:ok, tokens, end_line}, rest} ->
        case :erl_parse.parse_term(tokens) do
          {:ok, term} when rest == :eof -> {:ok, :lists.reverse([term | acc])}
          {:ok, term} -> consult_terms(rest, end_line, [term | acc])
          error -> error
        end

      {:done, {:eof, _}, _} -> {:ok, :lists.reverse(acc)}
      {:done, {:error, info, _}, _} -> {:error, info}
    end
  end

  # (write_file/2 writes through the file server, with no process of its own: File.write's :raw)
  def write_file(name, data), do: write_file(name, data, [:raw])

  def write_file(name, data, modes) when is_list(modes) do
    with_names([name], fn path ->
      case iodata(data) do
        # (a bare :utf8 is no mode of OTP's: only {:encoding, e} makes the file encode)
        {:ok, bin} -> File.write(path, bin, Enum.filter(modes, &(&1 in [:append, :exclusive, :raw] or match?({:encoding, _}, &1))))
        :error -> {:error, :badarg}
      end
    end)
  end

  defp iodata(data) do
    try do
      {:ok, :erlang.iolist_to_binary(data)}
    rescue
      _ -> :error
    end
  end

  def copy(source, destination), do: copy(source, destination, :infinity)

  def copy(source, destination, count) do
    with_names([source, destination], fn from, to ->
      case File.read(from) do
        {:ok, data} ->
          data = if is_integer(count) and count < byte_size(data), do: binary_part(data, 0, count), else: data

          case File.write(to, data) do
            :ok -> {:ok, byte_size(data)}
            error -> error
          end

        error ->
          error
      end
    end)
  end

  # ---- directories and names ------------------------------------------------------------------

  def list_dir(dir), do: with_names([dir], &listing/1)
  def list_dir_all(dir), do: with_names([dir], &listing/1)

  defp listing(dir) do
    case File.ls(dir) do
      {:ok, names} -> {:ok, Enum.map(names, &String.to_charlist/1)}
      error -> error
    end
  end

  def make_dir(dir), do: with_names([dir], &File.mkdir/1)
  def del_dir(dir), do: with_names([dir], &File.rmdir/1)
  def del_dir_r(dir), do: with_names([dir], &(File.rm_rf(&1) |> ok_or_error()))
  def delete(name), do: with_names([name], &File.rm/1)
  def delete(name, _opts), do: delete(name)
  def rename(source, destination), do: with_names([source, destination], &File.rename/2)
  def make_link(existing, new), do: with_names([existing, new], &File.ln/2)
  def make_symlink(existing, new), do: with_names([existing, new], &File.ln_s/2)

  def read_link(name), do: read_link_all(name)

  def read_link_all(name) do
    with_names([name], fn path ->
      case File.read_link(path) do
        {:ok, target} -> {:ok, String.to_charlist(target)}
        error -> error
      end
    end)
  end

  def change_mode(name, mode) when is_integer(mode), do: with_names([name], &File.chmod(&1, mode))

  def get_cwd do
    case File.cwd() do
      {:ok, dir} -> {:ok, String.to_charlist(dir)}
      error -> error
    end
  end

  # (a drive's directory is a Windows notion)
  def get_cwd(drive) when is_list(drive), do: {:error, :enotsup}

  def set_cwd(dir), do: with_names([dir], &File.cd/1)

  def native_name_encoding, do: :utf8

  # (an error of another module's, {line, module, reason}: that module's text for it)
  @file "file.erl"
  @beamlet_frame_line 160
  def format_error({line, mod, reason}) when is_atom(mod), do: :io_lib.format('~w: ~ts', [line, mod.format_error(reason)])

  def format_error(:badarg), do: 'bad argument'
  def format_error(:system_limit), do: 'a system limit was hit, probably not enough ports'
  def format_error(:terminated), do: 'the file server process is terminated'

  def format_error(reason), do: :erl_posix_msg.message(reason)

  # ---- devices ----------------------------------------------------------------------------------

  def open(name, modes) when is_list(modes) do
    with_names([name], fn path ->
      File.open(path, if(:binary in modes, do: modes, else: [:list | modes]))
    end)
  end

  def close(device) when is_pid(device) do
    if Process.alive?(device), do: File.close(device), else: :ok
  end

  def read(device, count) when is_integer(count) and count >= 0, do: reply(:io.request(device, {:get_chars, :latin1, '', count}))
  def read_line(device), do: reply(:io.request(device, {:get_line, :latin1, ''}))

  defp reply({:error, _} = error), do: error
  defp reply(:eof), do: :eof
  defp reply(data), do: {:ok, data}

  # (to an io device the data goes as one binary: what is not iodata is {:error, :badarg})
  def write(device, data) when is_pid(device) or is_atom(device) do
    case (try do :erlang.iolist_to_binary(data) catch :error, reason -> {:error, reason} end) do
      bytes when is_binary(bytes) -> :io.request(device, {:put_chars, :latin1, bytes})
      error -> error
    end
  end

  def write(device, data), do: :io.request(device, {:put_chars, :latin1, data})

  def position(device, location), do: file_request(device, {:position, location})
  def pread(device, at, count) when is_pid(device) and is_integer(count) and count >= 0, do: file_request(device, {:pread, at, count})
  def pread(_device, _at, _count), do: {:error, :badarg}
  def pwrite(device, at, data) when is_pid(device), do: file_request(device, {:pwrite, at, data})
  def pwrite(_device, _at, _data), do: {:error, :badarg}

  # a list of {location, count}: each read's data (or :eof) in order, the first error alone; a
  # list of {location, data}: :ok, or {:error, {writes done, reason}} at the first that fails
  def pread(device, reads) when is_pid(device) and is_list(reads), do: pread_each(device, reads, [])
  def pread(_device, _reads), do: {:error, :badarg}

  def pwrite(device, writes) when is_pid(device) and is_list(writes), do: pwrite_each(device, writes, 0)
  def pwrite(_device, _writes), do: {:error, :badarg}

  defp pread_each(_device, [], read), do: {:ok, :lists.reverse(read)}

  defp pread_each(device, [{at, count} | rest], read) when is_integer(count) and count >= 0 do
    case pread(device, at, count) do
      {:ok, data} -> pread_each(device, rest, [data | read])
      :eof -> pread_each(device, rest, [:eof | read])
      {:error, _} = error -> error
    end
  end

  defp pread_each(_device, _reads, _read), do: {:error, :badarg}

  defp pwrite_each(_device, [], _done), do: :ok

  defp pwrite_each(device, [{at, data} | rest], done) do
    case pwrite(device, at, data) do
      :ok -> pwrite_each(device, rest, done + 1)
      {:error, reason} -> {:error, {done, reason}}
    end
  end

  defp pwrite_each(_device, _writes, _done), do: {:error, :badarg}
  def truncate(device), do: file_request(device, :truncate)
  def sync(device), do: file_request(device, :sync)
  def datasync(device), do: file_request(device, :datasync)

  # (beamlet's file server keeps no names of the devices it opened)
  def pid2name(pid) when is_pid(pid), do: :undefined

  defp file_request(device, request) do
    ref = Process.monitor(device)
    send(device, {:file_request, self(), ref, request})

    receive do
      {:file_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        {:error, :terminated}
    end
  end

  def read_file_info(name), do: read_file_info(name, [])
  def read_file_info(name, opts) when is_list(opts), do: file_info(name, opts, true)

  def change_owner(file, uid) when is_integer(uid), do: :beamlet.file_chown(IO.chardata_to_string(file), uid, :undefined)

  def change_owner(file, uid, gid) when is_integer(uid) and is_integer(gid),
    do: :beamlet.file_chown(IO.chardata_to_string(file), uid, gid)

  def change_group(file, gid) when is_integer(gid), do: :beamlet.file_chown(IO.chardata_to_string(file), :undefined, gid)

  def write_file_info(file, info), do: write_file_info(file, info, [])

  def write_file_info(file, info, opts) when elem(info, 0) == :file_info and is_list(opts) do
    {:file_info, _size, _type, _access, atime, mtime, ctime, mode, _links, _major, _minor, _inode, uid, gid} = info
    unit = :proplists.get_value(:time, opts, :local)

    # every time given (ctime too, though it is not written) must be in the unit asked for
    if Enum.all?([atime, mtime, ctime], &(&1 == :undefined or time_in_unit?(&1, unit))) do
      to_host = if unit == :local, do: &from_local/1, else: & &1
      :beamlet.file_write_info(IO.chardata_to_string(file), mode, uid, gid, to_host.(atime), to_host.(mtime))
    else
      {:error, :badarg}
    end
  end

  defp time_in_unit?(t, :posix), do: is_integer(t)
  defp time_in_unit?({{_, _, _}, {_, _, _}}, unit) when unit in [:local, :universal], do: true
  defp time_in_unit?(_, _), do: false

  defp from_local({{_, _, _}, {_, _, _}} = local), do: :erlang.localtime_to_universaltime(local)
  defp from_local(other), do: other

  def read_link_info(name), do: read_link_info(name, [])
  def read_link_info(name, opts) when is_list(opts), do: file_info(name, opts, false)

  defp file_info(name, opts, follow) do
    case :proplists.get_value(:time, opts, :local) do
      unit when unit in [:local, :universal, :posix] ->
        case :beamlet.file_info(IO.chardata_to_string(name), follow) do
          {:ok, {size, type, access, atime, mtime, ctime, mode, links, major, minor, inode, uid, gid}} ->
            {:ok,
             {:file_info, size, type, access, time(atime, unit), time(mtime, unit), time(ctime, unit), mode,
              links, major, minor, inode, uid, gid}}

          error ->
            error
        end

      _ ->
        {:error, :badarg}
    end
  end

  defp time(seconds, :posix), do: seconds
  defp time(seconds, :universal), do: :calendar.system_time_to_universal_time(seconds, :second)
  defp time(seconds, :local), do: :calendar.system_time_to_local_time(seconds, :second)
end
