# :file.consult/1: the dot-terminated Erlang terms of a file (UTF-8), and its errors: a syntax
# error with the line, a missing final dot, an unterminated string, a non-term, a missing file
dir = Path.join(System.tmp_dir!(), "consult_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
files = [
  good: "% a comment\n{name, \"beamlet\"}.\n[1, 2,\n 3].\n\#{k => <<\"é\">>}.\n'atom with space'.\n{app, [{vsn, \"1.0\"}, {env, [{port, 16#1F90}]}]}.\n",
  bad: "{a, 1}.\n{b, }.\n",
  nodot: "{a, 1}.\n{b, 2}",
  scanerr: "{a, \"unterminated}.\n",
  var: "X = 1.\n",
  empty: "",
  comments: "%% only\n%% comments\n"
]
for {name, text} <- files do
  path = Path.join(dir, "#{name}.config")
  File.write!(path, text)
  IO.inspect({name, :file.consult(String.to_charlist(path))})
  IO.inspect({name, :file.consult(path)})
end
IO.inspect(:file.consult(Path.join(dir, "missing.config")))
File.rm_rf!(dir)
