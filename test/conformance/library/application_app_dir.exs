# Application.app_dir/1,2 is the code server's lib dir of the application (the same directory
# :code.lib_dir/1 names), a path joined under it; an unknown application is an ArgumentError
for app <- [:elixir, :stdlib, :kernel, :logger] do
  dir = Application.app_dir(app)
  IO.inspect({app, dir == List.to_string(:code.lib_dir(app)), Path.basename(dir) =~ ~r/^#{app}(-[0-9.]+)?$/})
  IO.inspect(Application.app_dir(app, "priv") == dir <> "/priv")
  IO.inspect(Application.app_dir(app, ["ebin", "x.app"]) == Path.join([dir, "ebin", "x.app"]))
end

try do
  Application.app_dir(:no_such_app)
rescue
  e -> IO.inspect(e)
end

try do
  Application.app_dir(:no_such_app, "priv")
rescue
  e -> IO.inspect(e)
end

IO.inspect(Application.app_dir(:elixir, "") == Application.app_dir(:elixir))
Application.app_dir("elixir")
