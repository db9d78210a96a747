# :code.module_md5/1: the md5 a binary's module would have once loaded (module_info(:md5)), the same
# for the same source compiled again; :undefined for bytes that are not object code
[{Md5Of, b1}] = Code.compile_string("defmodule Md5Of do\n def v, do: 1\nend")
IO.inspect(:code.module_md5(b1) == Md5Of.module_info(:md5))
IO.inspect(byte_size(:code.module_md5(b1)))
IO.inspect(:code.module_md5("junk"))
IO.inspect(:code.module_md5(<<>>))
IO.inspect(:code.module_md5(binary_part(b1, 0, 20)))
[{Md5Of, b2}] = Code.compile_string("defmodule Md5Of do\n def v, do: 2\nend")
IO.inspect(:code.module_md5(b2) == Md5Of.module_info(:md5))
IO.inspect(:code.module_md5(b2) == :code.module_md5(b1))
[{Md5Of, b3}] = Code.compile_string("defmodule Md5Of do\n def v, do: 1\nend")
IO.inspect(:code.module_md5(b3) == :code.module_md5(b1))
try do
  :code.module_md5(:x)
rescue
  e -> IO.inspect(e)
end
