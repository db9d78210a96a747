defmodule File.Stat do
  @moduledoc "What File.stat/2 returns: Erlang's #file_info{} record as a struct."

  defstruct [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device,
             :minor_device, :inode, :uid, :gid]

  @fields [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device,
           :minor_device, :inode, :uid, :gid]

  def to_record(%File.Stat{} = stat) do
    List.to_tuple([:file_info | Enum.map(@fields, &Map.fetch!(stat, &1))])
  end

  def from_record(file_info) when is_tuple(file_info) and elem(file_info, 0) == :file_info do
    [:file_info | values] = Tuple.to_list(file_info)
    struct(File.Stat, Enum.zip(@fields, values))
  end
end
