# The loader's report and the code server's for object code that is not valid: a truncated
# file, a few bytes, another module's code, an empty binary, junk in a file on the path.
[{M1, bin}] = Code.compile_string("defmodule M1 do\n  def a, do: 1\nend")
:code.delete(M1)
:code.purge(M1)
cases = [
  half: fn -> :code.load_binary(M1, ~c"m1.beam", binary_part(bin, 0, div(byte_size(bin), 2))) end,
  ten_bytes: fn -> :code.load_binary(M1, ~c"m1.beam", binary_part(bin, 0, 10)) end,
  other_module: fn -> :code.load_binary(M2, ~c"m1.beam", bin) end,
  empty: fn -> :code.load_binary(M1, ~c"m1.beam", "") end
]
results =
  for {name, run} <- cases do
    r = run.()
    Process.sleep(200)
    {name, r}
  end
IO.inspect(results)
IO.inspect(:code.load_binary(M1, ~c"m1.beam", bin))
