# Erlang's :filelib (OTP 25), the everyday part: is_dir/is_file/is_regular, file_size,
# last_modified, ensure_dir/ensure_path and fold_files, over :file as OTP's are (a name :file
# cannot read is no directory, no file, size 0, last modified 0). wildcard/1,2 are BIFs
# (vm/bifs/files.ts).
defmodule :filelib do
  def is_dir(name), do: type_of(name) == :directory
  def is_file(name), do: type_of(name) in [:directory, :regular]
  def is_regular(name), do: type_of(name) == :regular

  def file_size(name) do
    case info(name) do
      {:ok, info} -> elem(info, 1)
      _ -> 0
    end
  end

  def last_modified(name) do
    case info(name) do
      {:ok, info} -> elem(info, 5)
      _ -> 0
    end
  end

  # the directory a file named `name` would be in exists afterwards: its parent made first (that
  # one's failure left to the directory's own), an existing directory is fine, a name that is its
  # own directory is {:error, :einval}
  def ensure_dir(name) do
    dir = :filename.dirname(name)

    cond do
      is_dir(dir) ->
        :ok

      dir == name ->
        {:error, :einval}

      true ->
        _ = ensure_dir(dir)
        make_dir(dir)
    end
  end

  defp make_dir(dir) do
    case :file.make_dir(dir) do
      {:error, :eexist} = eexist -> if is_dir(dir), do: :ok, else: eexist
      other -> other
    end
  end

  def ensure_path(path) do
    if is_dir(path) do
      :ok
    else
      case ensure_dir(path) do
        :ok -> make_dir(path)
        error -> error
      end
    end
  end

  # fun(file, acc) on each regular file under dir whose name matches the regular expression
  # (recursively if asked), files before subdirectories, each directory in :file.list_dir order
  def fold_files(dir, regexp, recursive, fun, acc) do
    {:ok, re} = :re.compile(regexp, [:unicode])
    fold_dir(dir, re, recursive, fun, acc)
  end

  defp fold_dir(dir, re, recursive, fun, acc) do
    case :file.list_dir(dir) do
      {:ok, names} -> fold_names(names, dir, re, recursive, fun, acc)
      {:error, _} -> acc
    end
  end

  defp fold_names([name | rest], dir, re, recursive, fun, acc) do
    full = :filename.join(dir, name)

    acc =
      cond do
        is_regular(full) ->
          case :re.run(name, re, [{:capture, :none}]) do
            :match -> fun.(full, acc)
            :nomatch -> acc
          end

        recursive and is_dir(full) ->
          fold_dir(full, re, recursive, fun, acc)

        true ->
          acc
      end

    fold_names(rest, dir, re, recursive, fun, acc)
  end

  defp fold_names([], _dir, _re, _recursive, _fun, acc), do: acc

  defp type_of(name) do
    case info(name) do
      {:ok, info} -> elem(info, 2)
      _ -> nil
    end
  end

  # (an atom names a file as its text does; what names no file is {:error, :badarg}, as on OTP)
  defp info(name) when is_atom(name), do: :file.read_file_info(Atom.to_charlist(name))
  defp info(name) when is_binary(name) or is_list(name), do: :file.read_file_info(name)
  defp info(_name), do: {:error, :badarg}
end
