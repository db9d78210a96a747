# :code's Erlang-written helpers: get_mode/0, lib_dir/1,2 and priv_dir/1 (an application's directory,
# {:error, :bad_name} for none), ensure_modules_loaded/1, is_module_native/1, where_is_file/1,2,
# add_paths/1 (the host's paths themselves differ: only their shape is printed).
IO.inspect(:code.get_mode())
IO.inspect({:code.lib_dir(:no_such_app), :code.priv_dir(:no_such_app), :code.lib_dir(:no_such_app, :ebin)})
for app <- [:elixir, :stdlib, :kernel, :logger] do
  dir = :code.lib_dir(app)
  IO.inspect({app, is_list(dir), List.to_string(dir) |> Path.basename() |> String.starts_with?(Atom.to_string(app))})
end
IO.inspect(:code.priv_dir(:elixir) |> List.to_string() |> String.ends_with?("elixir/priv"))
IO.inspect(:code.lib_dir(:elixir, :ebin) |> List.to_string() |> String.ends_with?("elixir/ebin"))
IO.inspect(:code.ensure_modules_loaded([Enum, :lists, String]))
IO.inspect(:code.ensure_modules_loaded([Enum, NoSuchModule, :no_such_mod]))
IO.inspect({:code.is_module_native(Enum), :code.is_module_native(NoSuchModuleEver)})
IO.inspect(:code.where_is_file('no_such_file_zz.beam'))
IO.inspect(:code.where_is_file(['/nonexistent_dir_zz'], 'x.beam'))
IO.inspect(:code.add_paths([]))
