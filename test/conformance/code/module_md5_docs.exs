# A module's md5 leaves out its docs (the BEAM's md5 leaves out the Docs chunk): the same code with
# another @doc has the same md5 and vsn, though its object code differs
source = fn doc -> "defmodule M1 do\n  @doc #{inspect(doc)}\n  def f, do: 1\nend\n" end
[{m1, b1}] = Code.compile_string(source.("one"))
{md5, vsn} = {M1.module_info(:md5), M1.module_info(:attributes)[:vsn]}
:code.purge(m1)
:code.delete(m1)
[{_, b2}] = Code.compile_string(source.("two, longer"))
IO.inspect(md5 == M1.module_info(:md5), label: "same md5")
IO.inspect(vsn == M1.module_info(:attributes)[:vsn], label: "same vsn")
IO.inspect(b1 == b2, label: "same object code")
IO.inspect(:code.module_md5(b1) == :code.module_md5(b2), label: "same module_md5")
IO.inspect(:code.module_md5(b2) == md5, label: "module_md5 is module_info's")
# another body changes it
:code.purge(m1)
:code.delete(m1)
Code.compile_string("defmodule M1 do\n  @doc \"one\"\n  def f, do: 2\nend\n")
IO.inspect(md5 == M1.module_info(:md5), label: "same md5 for other code")
