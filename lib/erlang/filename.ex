# Erlang's :filename as OTP 25 behaves on Unix. A name is a binary (results are binaries), or a
# charlist, an atom or a deep list of characters and atoms (results are flat charlists); a binary
# and a list together work on binaries. Bad arguments fail where OTP 25's filename.erl fails, so
# the private functions carry its names and arities (basename1/3, join1/4, do_flatten/2, ...):
# those are what a FunctionClauseError names.
defmodule :filename do
  # ---- flattening and conversion ----------------------------------------------------------------

  def flatten(name) when is_binary(name), do: name
  def flatten(name), do: do_flatten(name, [])

  defp do_flatten([h | t], tail) when is_list(h), do: do_flatten(h, do_flatten(t, tail))
  defp do_flatten([h | t], tail) when is_atom(h), do: Atom.to_charlist(h) ++ do_flatten(t, tail)
  defp do_flatten([h | t], tail), do: [h | do_flatten(t, tail)]
  defp do_flatten([], tail), do: tail
  defp do_flatten(name, tail) when is_atom(name), do: Atom.to_charlist(name) ++ tail

  # a list beside a binary becomes its UTF-8 binary; characters that have none are a badarg
  defp to_binary(name) do
    case :unicode.characters_to_binary(flatten(name), :unicode, :utf8) do
      bin when is_binary(bin) -> bin
      _ -> :erlang.error(:badarg)
    end
  end

  # ---- pathtype -------------------------------------------------------------------------------

  def pathtype(name) when is_atom(name), do: pathtype(Atom.to_charlist(name))
  def pathtype(name) when is_list(name) or is_binary(name), do: unix_pathtype(name)

  defp unix_pathtype(<<?/, _::binary>>), do: :absolute
  defp unix_pathtype([?/ | _]), do: :absolute
  defp unix_pathtype([part | rest]) when is_list(part), do: unix_pathtype(part ++ rest)
  defp unix_pathtype([part | rest]) when is_atom(part), do: unix_pathtype(Atom.to_charlist(part) ++ rest)
  defp unix_pathtype(_), do: :relative

  # ---- basename -------------------------------------------------------------------------------

  def basename(name) when is_binary(name) do
    case for(part <- :binary.split(name, "/", [:global]), part != "", do: part) do
      [] -> ""
      parts -> List.last(parts)
    end
  end

  def basename(name) do
    flat = flatten(name)
    basename1(flat, flat, false)
  end

  # `tail` is what follows the last slash seen; a single slash at the very end is dropped from it
  defp basename1([?/], tail, _), do: Enum.drop(tail, -1)
  defp basename1([?/ | rest], _tail, sep), do: basename1(rest, rest, sep)
  defp basename1([c | rest], tail, sep) when is_integer(c), do: basename1(rest, tail, sep)
  defp basename1([], tail, _), do: tail

  def basename(name, ext) when is_binary(name) and is_list(ext), do: basename(name, to_binary(ext))
  def basename(name, ext) when is_list(name) and is_binary(ext), do: basename(to_binary(name), ext)

  def basename(name, ext) when is_binary(name) and is_binary(ext) do
    base = basename(name)
    keep = byte_size(base) - byte_size(ext)

    # the extension must end the whole name, right where the base name's kept part ends
    cond do
      keep < 0 ->
        base

      true ->
        start = byte_size(name) - keep - byte_size(ext)

        case name do
          <<_::binary-size(start), part::binary-size(keep), ^ext::binary>> -> part
          _ -> base
        end
    end
  end

  def basename(name, ext), do: basename(flatten(name), flatten(ext), [], false)

  defp basename(ext, ext, kept, _), do: Enum.reverse(kept)
  defp basename([?/], ext, kept, sep), do: basename([], ext, kept, sep)
  defp basename([?/ | rest], ext, _kept, sep), do: basename(rest, ext, [], sep)
  defp basename([c | rest], ext, kept, sep) when is_integer(c), do: basename(rest, ext, [c | kept], sep)
  defp basename([], _ext, kept, _), do: Enum.reverse(kept)

  # ---- dirname --------------------------------------------------------------------------------

  def dirname(name) when is_binary(name) do
    parts = :binary.split(name, "/", [:global])
    # the last part goes, then the empty parts trailing slashes left (one is kept: the root)
    dirs = parts |> Enum.drop(-1) |> Enum.reverse() |> drop_empty_tail() |> Enum.reverse()
    dir_join(dirs, if(dirs == [], do: ".", else: ""))
  end

  def dirname(name), do: dirname(flatten(name), [], [], {false, false})

  defp drop_empty_tail(["", next | rest]), do: drop_empty_tail([next | rest])
  defp drop_empty_tail(parts), do: parts

  defp dir_join(["" | rest], acc), do: dir_join_rest(rest, acc <> "/")
  defp dir_join(parts, acc), do: dir_join_rest(parts, acc)

  defp dir_join_rest([], acc), do: acc
  defp dir_join_rest([last], acc), do: acc <> last
  defp dir_join_rest([part | rest], acc), do: dir_join(rest, acc <> part <> "/")

  # `dir` and `file` are reversed: `file` is the part after the last slash, slash included
  defp dirname([?/ | rest], dir, file, seps), do: dirname(rest, file ++ dir, [?/], seps)
  defp dirname([c | rest], dir, file, seps) when is_integer(c), do: dirname(rest, dir, [c | file], seps)

  defp dirname([], [], file, _seps) do
    if List.last(file) == ?/, do: '/', else: '.'
  end

  defp dirname([], [?/ | rest], file, seps), do: dirname([], rest, file, seps)
  defp dirname([], dir, _file, _seps), do: Enum.reverse(dir)

  # ---- extension ------------------------------------------------------------------------------

  # the text from the last dot on, unless that dot begins the base name (".bashrc" has none)
  def extension(name) when is_binary(name) do
    case :binary.matches(name, ".") do
      [] ->
        ""

      dots ->
        case List.last(dots) do
          {0, _} ->
            ""

          {pos, _} ->
            if :binary.match(name, "/", scope: {pos - 1, byte_size(name) - pos + 1}) == :nomatch do
              binary_part(name, pos, byte_size(name) - pos)
            else
              ""
            end
        end
    end
  end

  def extension(name), do: extension([?/ | flatten(name)], [], :unix)

  # `ext` is the text from the last dot on, reset by a slash; a dot right after a slash is part
  # of a name, not an extension
  defp extension([?. | rest] = ext, _ext, os), do: extension(rest, ext, os)
  defp extension([?/, ?. | rest], _ext, os), do: extension(rest, [], os)
  defp extension([c | rest], [], os) when is_integer(c), do: extension(rest, [], os)
  defp extension([?/ | rest], _ext, os), do: extension(rest, [], os)
  defp extension([c | rest], ext, os) when is_integer(c), do: extension(rest, ext, os)
  defp extension([], ext, _os), do: ext

  # ---- rootname -------------------------------------------------------------------------------

  def rootname(name) when is_binary(name), do: :erlang.list_to_binary(rootname(:erlang.binary_to_list(name)))
  def rootname(name), do: rootname(flatten(name), [], [], :unix)

  # `root` (reversed) is what is kept so far, `ext` (reversed) the text since the last dot
  defp rootname([?/ | rest], root, ext, os), do: rootname(rest, [?/] ++ ext ++ root, [], os)
  defp rootname([?. | rest], [?/ | _] = root, [], os), do: rootname(rest, [?. | root], [], os)
  defp rootname([?. | rest], root, [], os), do: rootname(rest, root, '.', os)
  defp rootname([?. | rest], root, ext, os), do: rootname(rest, ext ++ root, '.', os)
  defp rootname([c | rest], root, [], os) when is_integer(c), do: rootname(rest, [c | root], [], os)
  defp rootname([c | rest], root, ext, os) when is_integer(c), do: rootname(rest, root, [c | ext], os)
  defp rootname([], root, _ext, _os), do: Enum.reverse(root)

  def rootname(name, ext) when is_binary(name) and is_binary(ext) do
    :erlang.list_to_binary(rootname(:erlang.binary_to_list(name), :erlang.binary_to_list(ext)))
  end

  def rootname(name, ext) when is_binary(name), do: rootname(name, to_binary(ext))
  def rootname(name, ext) when is_binary(ext), do: rootname(to_binary(name), ext)
  def rootname(name, ext), do: rootname2(flatten(name), flatten(ext), [], :unix)

  # an extension that would leave the base name empty stays
  defp rootname2(ext, ext, [?/ | _] = kept, _os), do: :lists.reverse(kept, ext)
  defp rootname2(ext, ext, kept, _os), do: Enum.reverse(kept)
  defp rootname2([], _ext, kept, _os), do: Enum.reverse(kept)
  defp rootname2([c | rest], ext, kept, os) when is_integer(c), do: rootname2(rest, ext, [c | kept], os)

  # ---- split ----------------------------------------------------------------------------------

  def split(name) when is_binary(name) do
    parts =
      case :binary.split(name, "/", [:global]) do
        ["" | rest] when rest != [] -> ["/" | rest]
        parts -> parts
      end

    for part <- parts, part != "", do: part
  end

  def split(name), do: split(flatten(name), [], :unix)

  defp split([?/ | rest], parts, os), do: split(rest, [], ['/' | parts], os)
  defp split(name, parts, os), do: split(name, [], parts, os)

  # `part` (reversed) is the component being read, `parts` (reversed) those done
  defp split([?/ | rest], [], parts, os), do: split(rest, [], parts, os)
  defp split([?/ | rest], part, parts, os), do: split(rest, [], [Enum.reverse(part) | parts], os)
  defp split([c | rest], part, parts, os) when is_integer(c), do: split(rest, [c | part], parts, os)
  defp split([], [], parts, _os), do: Enum.reverse(parts)
  defp split([], part, parts, os), do: split([], [], [Enum.reverse(part) | parts], os)

  # ---- join -----------------------------------------------------------------------------------

  def join([name1, name2 | rest]), do: join([join(name1, name2) | rest])
  def join([name]) when is_list(name), do: join1(name, [], [], :unix)
  def join([name]) when is_binary(name), do: join1b(name, "", [], :unix)
  def join([name]) when is_atom(name), do: join([Atom.to_charlist(name)])

  def join(name1, name2) when is_list(name1) and is_list(name2) do
    case pathtype(name2) do
      :relative -> join1(name1, name2, [], :unix)
      _ -> join1(name2, [], [], :unix)
    end
  end

  def join(name1, name2) when is_binary(name1) and is_list(name2), do: join(name1, to_binary(name2))
  def join(name1, name2) when is_list(name1) and is_binary(name2), do: join(to_binary(name1), name2)

  def join(name1, name2) when is_binary(name1) and is_binary(name2) do
    case pathtype(name2) do
      :relative -> join1b(name1, name2, [], :unix)
      _ -> join1b(name2, "", [], :unix)
    end
  end

  def join(name1, name2) when is_atom(name1), do: join(Atom.to_charlist(name1), name2)
  def join(name1, name2) when is_atom(name2), do: join(name1, Atom.to_charlist(name2))

  # `acc` is the result reversed: a slash after "/." or after a slash adds nothing, and the
  # relative name follows the first after one slash
  defp join1([?/ | rest], rel, [?., ?/ | acc], os), do: join1(rest, rel, [?/ | acc], os)
  defp join1([?/ | rest], rel, [?/ | acc], os), do: join1(rest, rel, [?/ | acc], os)
  defp join1([], [], acc, _os), do: without_trailing_slash(acc)
  defp join1([], rel, [?/ | acc], os), do: join1(rel, [], [?/ | acc], os)
  defp join1([], rel, [?., ?/ | acc], os), do: join1(rel, [], [?/ | acc], os)
  defp join1([], rel, acc, os), do: join1(rel, [], [?/ | acc], os)
  defp join1([[_ | _] = part | rest], rel, acc, os), do: join1(part ++ rest, rel, acc, os)
  defp join1([[] | rest], rel, acc, os), do: join1(rest, rel, acc, os)
  defp join1([c | rest], rel, acc, os) when is_integer(c), do: join1(rest, rel, [c | acc], os)
  defp join1([a | rest], rel, acc, os) when is_atom(a), do: join1(Atom.to_charlist(a) ++ rest, rel, acc, os)

  defp join1b(<<?/, rest::binary>>, rel, [?., ?/ | acc], os), do: join1b(rest, rel, [?/ | acc], os)
  defp join1b(<<?/, rest::binary>>, rel, [?/ | acc], os), do: join1b(rest, rel, [?/ | acc], os)
  defp join1b("", "", acc, _os), do: :erlang.list_to_binary(without_trailing_slash(acc))
  defp join1b("", rel, [?/ | acc], os), do: join1b(rel, "", [?/ | acc], os)
  defp join1b("", rel, [?., ?/ | acc], os), do: join1b(rel, "", [?/ | acc], os)
  defp join1b("", rel, acc, os), do: join1b(rel, "", [?/ | acc], os)
  defp join1b(<<c, rest::binary>>, rel, acc, os), do: join1b(rest, rel, [c | acc], os)

  defp without_trailing_slash([?/]), do: '/'
  defp without_trailing_slash([?/ | name]), do: Enum.reverse(name)
  defp without_trailing_slash(name), do: Enum.reverse(name)

  def nativename(name), do: join([name])

  def append(dir, name) when is_binary(dir) and is_binary(name), do: <<dir::binary, ?/, name::binary>>
  def append(dir, name) when is_binary(dir), do: append(dir, to_binary(name))
  def append(dir, name) when is_binary(name), do: append(to_binary(dir), name)
  def append(dir, name), do: dir ++ [?/ | name]

  # ---- absname --------------------------------------------------------------------------------

  def absname(name) do
    {:ok, cwd} = :file.get_cwd()
    absname(name, cwd)
  end

  def absname(name, base) when is_binary(name) and is_list(base), do: absname(name, to_binary(base))
  def absname(name, base) when is_list(name) and is_binary(base), do: absname(to_binary(name), base)

  def absname(name, base) do
    case pathtype(name) do
      :relative -> absname_join(base, name)
      :absolute -> join([flatten(name)])
    end
  end

  def absname_join(base, name), do: join(base, flatten(name))

  # ---- validate -------------------------------------------------------------------------------

  # a usable file name: not empty, no NUL, and (as a list) only characters UTF-8 can encode
  def validate(name) when is_binary(name), do: name != "" and :binary.match(name, <<0>>) == :nomatch

  def validate(name) when is_list(name) or is_atom(name) do
    try do
      valid_chars(name, 0) > 0
    catch
      :invalid -> false
    end
  end

  defp valid_chars([], count), do: count
  defp valid_chars(c, count) when is_integer(c) and c >= 1 and c < 0x110000 and (c < 0xD800 or c > 0xDFFF), do: count + 1
  defp valid_chars(a, count) when is_atom(a), do: valid_chars(Atom.to_charlist(a), count)
  defp valid_chars([h | t], count), do: valid_chars(t, valid_chars(h, count))
  defp valid_chars(_, _), do: throw(:invalid)

  # ---- basedir --------------------------------------------------------------------------------

  # (the guards read as OTP's do: a binary application name is accepted with any type)
  def basedir(type, app) when (is_atom(type) and is_list(app)) or is_binary(app), do: basedir(type, app, %{})

  def basedir(type, app, opts) when (is_atom(type) and is_map(opts) and is_list(app)) or is_binary(app) do
    os = basedir_os(opts)
    name = basedir_name(os, app, opts)
    base = basedir_base(type, os)

    case {type, os} do
      {:user_log, :linux} -> join([base, name, 'log'])
      {:user_log, :windows} -> join([base, name, 'Logs'])
      {:user_cache, :windows} -> join([base, name, 'Cache'])
      {site, _} when site in [:site_config, :site_data] -> for dir <- base, do: join([dir, name])
      _ -> join([base, name])
    end
  end

  defp basedir_os(%{os: os}) when os in [:linux, :windows, :darwin], do: os

  defp basedir_os(%{}) do
    case :os.type() do
      {:unix, :darwin} -> :darwin
      {:win32, _} -> :windows
      _ -> :linux
    end
  end

  defp basedir_name(:windows, app, %{author: author, version: vsn}), do: join([author, app, vsn])
  defp basedir_name(:windows, app, %{author: author}), do: join([author, app])
  defp basedir_name(_, app, %{version: vsn}), do: join([app, vsn])
  defp basedir_name(_, app, _), do: app

  defp basedir_base(type, :linux) do
    case type do
      :user_data -> env_or('XDG_DATA_HOME', in_home('.local/share'))
      :user_config -> env_or('XDG_CONFIG_HOME', in_home('.config'))
      :user_cache -> env_or('XDG_CACHE_HOME', in_home('.cache'))
      :user_log -> env_or('XDG_CACHE_HOME', in_home('.cache'))
      :site_data -> :string.lexemes(env_or('XDG_DATA_DIRS', '/usr/local/share/:/usr/share/'), ':')
      :site_config -> :string.lexemes(env_or('XDG_CONFIG_DIRS', '/etc/xdg'), ':')
    end
  end

  defp basedir_base(type, :darwin) do
    case type do
      :user_data -> in_home('Library/Application Support')
      :user_config -> in_home('Library/Application Support')
      :user_cache -> in_home('Library/Caches')
      :user_log -> in_home('Library/Logs')
      :site_data -> ['/Library/Application Support']
      :site_config -> ['/Library/Application Support']
    end
  end

  defp basedir_base(type, :windows) do
    app_data = :os.getenv('APPDATA')

    case type do
      _ when app_data in [false, []] and type in [:site_data, :site_config] -> []
      :user_config when app_data in [false, []] -> in_home('Roaming')
      _ when app_data in [false, []] and type in [:user_data, :user_cache, :user_log] -> in_home('Local')
      :user_config -> app_data
      local when local in [:user_data, :user_cache, :user_log] -> env_or('LOCALAPPDATA', app_data)
      site when site in [:site_data, :site_config] -> []
    end
  end

  defp env_or(var, default) do
    case :os.getenv(var) do
      value when value in [false, []] -> default
      value -> value
    end
  end

  defp in_home(dir) do
    case :os.getenv('HOME') do
      false -> join(System.user_home() |> String.to_charlist(), dir)
      home -> join(home, dir)
    end
  end
end
