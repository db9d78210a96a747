# File functions convert their path arguments with IO.chardata_to_string/1: a binary, a charlist
# or nested chardata name a file; an atom or an integer is a FunctionClauseError there (no file
# named "a" is made), over the File frames of the function that converted it. The last call is
# not rescued, so the exit report shows those frames too.
dir = Path.join(System.tmp_dir!(), "file_path_chardata_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
File.cd!(dir)

show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      frames = for {m, f, a, loc} <- __STACKTRACE__, m in [IO, File], do: {m, f, a, loc[:line]}
      IO.puts("#{label}: " <> Exception.message(e))
      IO.inspect(frames, label: "  frames")
  end
end

show.("write atom", fn -> File.write(:a, "x") end)
show.("read atom", fn -> File.read(:a) end)
show.("write! atom", fn -> File.write!(:a, "x", [:append]) end)
show.("read! integer", fn -> File.read!(1) end)
show.("write charlist", fn -> File.write(~c"b", "x") end)
show.("read nested", fn -> File.read(["", [?b]]) end)
show.("read list", fn -> File.read([?b]) end)
show.("exists? atom", fn -> File.exists?(:b) end)
show.("exists? charlist", fn -> File.exists?(~c"b") end)
show.("dir? atom", fn -> File.dir?(:b) end)
show.("regular? atom", fn -> File.regular?(:b) end)
show.("mkdir atom", fn -> File.mkdir(:c) end)
show.("mkdir_p! atom", fn -> File.mkdir_p!(:c) end)
show.("ls atom", fn -> File.ls(:c) end)
show.("ls! atom", fn -> File.ls!(:c) end)
show.("rm atom", fn -> File.rm(:b) end)
show.("rmdir atom", fn -> File.rmdir(:c) end)
show.("rm_rf atom", fn -> File.rm_rf(:c) end)
show.("touch atom", fn -> File.touch(:e) end)
show.("cp source atom", fn -> File.cp(:b, "d") end)
show.("cp destination atom", fn -> File.cp("b", :d) end)
show.("rename destination atom", fn -> File.rename("b", :d) end)
show.("rename! source atom", fn -> File.rename!(:b, "d") end)
show.("ln_s atom", fn -> File.ln_s(:b, "l") end)
show.("read_link atom", fn -> File.read_link(:l) end)
show.("chmod atom", fn -> File.chmod(:b, 0o644) end)
IO.inspect(File.ls!() |> Enum.sort(), label: "files")
File.cd!(System.tmp_dir!())
File.rm_rf!(dir)
File.read!(:done)
