# the deprecated Code.load_file/1,2, loaded_files/0, unload_files/1 and ensure_compiled?/1
r = Code.load_file("code_load_file_helper.ex")
IO.inspect(Enum.map(r, &elem(&1, 0)))
mine = fn -> Enum.filter(Code.loaded_files(), &(Path.basename(&1) == "code_load_file_helper.ex")) |> Enum.map(&Path.basename/1) end
IO.inspect(mine.())
r2 = Code.load_file("code_load_file_helper.ex")
IO.inspect(length(r2))
IO.inspect(Code.require_file("code_load_file_helper.ex"))
IO.inspect(Code.unload_files([Path.expand("code_load_file_helper.ex")]))
IO.inspect(mine.())
IO.inspect({Code.ensure_compiled?(LoadedOne), Code.ensure_compiled?(Nope), Code.ensure_compiled?(Enum)})
IO.inspect(LoadedOne.hi())
try do Code.load_file("missing.exs") rescue e -> IO.inspect(e.__struct__) end
