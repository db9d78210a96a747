defmodule :file do
  @moduledoc """
  The part of Erlang's :file that programs reach for directly: file information. The host's
  stat comes from a BIF (vm/bifs/files.ts) with POSIX times; the :time option converts them.
  """

  def read_file_info(name), do: read_file_info(name, [])
  def read_file_info(name, opts) when is_list(opts), do: file_info(name, opts, true)

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
