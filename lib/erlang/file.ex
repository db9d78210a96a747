defmodule :file do
  @moduledoc """
  The part of Erlang's :file that programs reach for directly: file information. The host's
  stat comes from a BIF (vm/bifs/files.ts) with POSIX times; the :time option converts them.
  """

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
