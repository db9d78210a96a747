# Erlang's :filename (OTP 25, Unix) on binaries, charlists, atoms and deep lists: every function
# over fixed paths and a few hundred seeded random ones, and the errors of bad arguments.
defmodule FnCheck do
  def show(label, f) do
    result =
      try do
        inspect(f.())
      rescue
        e -> "raised " <> inspect(e.__struct__) <> ": " <> Exception.message(e)
      end

    IO.puts(label <> " -> " <> result)
  end

  def one(p) do
    for f <- [:basename, :dirname, :extension, :rootname, :split, :pathtype, :nativename, :flatten] do
      show("#{f}(#{inspect(p)})", fn -> apply(:filename, f, [p]) end)
    end

    show("join([p])(#{inspect(p)})", fn -> :filename.join([p]) end)
    show("absname(#{inspect(p)}, /base/dir)", fn -> :filename.absname(p, "/base/dir") end)
    show("absname(#{inspect(p)}, 'rel/dir/')", fn -> :filename.absname(p, 'rel/dir/') end)

    for ext <- [".erl", 'c', ".tar.gz", "", "/"] do
      show("basename(#{inspect(p)}, #{inspect(ext)})", fn -> :filename.basename(p, ext) end)
      show("rootname(#{inspect(p)}, #{inspect(ext)})", fn -> :filename.rootname(p, ext) end)
    end
  end

  def two(a, b) do
    for f <- [:join, :absname_join, :append, :absname] do
      show("#{f}(#{inspect(a)}, #{inspect(b)})", fn -> apply(:filename, f, [a, b]) end)
    end
  end
end

fixed = [
  "", "/", "//", "foo", "/usr/foo", "/usr/foo/", "/usr/foo//", "foo/bar.erl", "foo.bar/baz", ".bashrc",
  "a/.b", "a.b.c", "a..b", "./x", "../x/./y", "x/", "/a//b///c", "dir.d/", "a/b.", ".", "..",
  "kalle.tar.gz", "~/src/kalle.erl", "é/ñ.txt", "a b/c d.e"
]

for p <- fixed do
  FnCheck.one(p)
  FnCheck.one(String.to_charlist(p))
end

for p <- [:"a/b.c", :foo, ['a', 'b/', :c, '.erl'], ['/x', ['y', ['z']]], 'a/' ++ [:"b.c"]] do
  FnCheck.one(p)
end

for {a, b} <- [
      {"a", "b"}, {"/a/", "b/"}, {"a", "/b"}, {'a', "b"}, {"a", 'b'}, {:a, "b"}, {"a", :b}, {'x/./y', '.'},
      {"./", "./z"}, {"", "b"}, {"a", ""}, {'', ''}, {"a/..", "../b"}, {'a//', '//b//'}, {"/", "/"},
      {["a", 'b'], 'c'}, {'é', "ü"}
    ] do
  FnCheck.two(a, b)
end

for parts <- [["a", "b", "c"], ['/a', 'b/', "c"], [:x, 'y', "z"], ['a'], [], ["a", "/b", "c"]] do
  FnCheck.show("join(#{inspect(parts)})", fn -> :filename.join(parts) end)
end

# arguments that are not names
for bad <- [12, {:a}, [1.5], ['a', {}], ["a" | "b"], 2.5] do
  FnCheck.one(bad)
  FnCheck.two(bad, "x")
  FnCheck.two("x", bad)
end

:rand.seed(:exsss, {5, 6, 7})
alphabet = '//..abé -'

for _ <- 1..200 do
  len = :rand.uniform(9) - 1
  p = for _ <- 1..len//1, do: Enum.at(alphabet, :rand.uniform(length(alphabet)) - 1)
  FnCheck.one(p)
  FnCheck.one(List.to_string(p))
  q = for _ <- 1..:rand.uniform(4)//1, do: Enum.at(alphabet, :rand.uniform(length(alphabet)) - 1)
  FnCheck.two(p, q)
  FnCheck.two(List.to_string(p), List.to_string(q))
end

# validate/1: a usable name (not empty, no NUL, characters UTF-8 can encode)
for name <- ["", "a", "a\0b", '', 'ab', [97, 0], [0xD800], [0x10FFFF], [0x110000], [-1], [1.5], ['a', [:b]], :x, :"", ["a"]] do
  FnCheck.show("validate(#{inspect(name)})", fn -> :filename.validate(name) end)
end

FnCheck.show("validate(12)", fn -> :filename.validate(12) end)

# basedir/2,3 with the home directory shown as ~ (the environment's XDG variables unset)
for var <- ~w(XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_DIRS XDG_CONFIG_DIRS APPDATA LOCALAPPDATA), do: System.delete_env(var)
home = System.user_home()
tilde = fn
  l when is_list(l) and is_list(hd(l)) -> Enum.map(l, &String.replace_prefix(List.to_string(&1), home, "~"))
  l when is_list(l) and is_binary(hd(l)) -> Enum.map(l, &String.replace_prefix(&1, home, "~"))
  l when is_list(l) -> {:charlist, String.replace_prefix(List.to_string(l), home, "~")}
  b -> String.replace_prefix(b, home, "~")
end

for type <- [:user_data, :user_config, :user_cache, :user_log, :site_data, :site_config],
    opts <- [%{}, %{os: :linux, version: "1.2"}, %{os: :darwin}, %{os: :windows, author: "me", version: "2"}, %{os: :windows}],
    app <- ["app", 'app'] do
  FnCheck.show("basedir(#{type}, #{inspect(app)}, #{inspect(opts)})", fn -> tilde.(:filename.basedir(type, app, opts)) end)
end

System.put_env("XDG_CACHE_HOME", "/tmp/cache")
System.put_env("XDG_DATA_DIRS", "/a:/b::/c")
System.put_env("APPDATA", "C:/Users/me/AppData/Roaming")
FnCheck.show("basedir(:user_log, app)", fn -> :filename.basedir(:user_log, "app") end)
FnCheck.show("basedir(:site_data, app)", fn -> :filename.basedir(:site_data, 'app') end)
FnCheck.show("basedir(:user_data, app, windows)", fn -> :filename.basedir(:user_data, "app", %{os: :windows}) end)
FnCheck.show("basedir(:user_config, app, windows)", fn -> :filename.basedir(:user_config, "app", %{os: :windows}) end)
FnCheck.show("basedir(:bad, app)", fn -> :filename.basedir(:bad, "app") end)
FnCheck.show("basedir(1, 'app')", fn -> :filename.basedir(1, 'app') end)
FnCheck.show("basedir(:user_data, :app)", fn -> :filename.basedir(:user_data, :app) end)
