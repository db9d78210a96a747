IO.inspect(Privdata.dirs())
IO.write(Privdata.template("greeting"))
IO.inspect(File.dir?(:code.priv_dir(:privdata)))
IO.inspect(:code.lib_dir(:no_such_app))
IO.inspect(:code.priv_dir(:no_such_app))
IO.inspect(:code.lib_dir(:privdata, :no_such_dir) |> List.to_string() |> Path.relative_to_cwd())
try do
  Privdata.template("missing")
rescue
  e in File.Error -> IO.puts(String.replace(Exception.message(e), File.cwd!() <> "/", ""))
end
