# R13: module_info/0,1 and the vsn attribute
defmodule Main do
  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string("defmodule WithVsn do\n @vsn 1\n def a, do: 1\n def b(x), do: x\n defp hidden, do: :h\n def uses_hidden, do: hidden()\nend")
    IO.inspect(WithVsn.module_info() |> Keyword.keys(), label: "keys")
    IO.inspect(WithVsn.module_info(:module))
    IO.inspect(WithVsn.module_info(:exports) |> Enum.sort(), label: "exports")
    IO.inspect(WithVsn.module_info(:attributes)[:vsn], label: "vsn")
    IO.inspect(byte_size(WithVsn.module_info(:md5)), label: "md5 bytes")
    IO.inspect(WithVsn.__info__(:functions), label: "__info__ functions")
    IO.inspect(WithVsn.__info__(:module))
    Code.compile_string("defmodule WithVsn do\n @vsn \"2.0\"\n def a, do: 2\nend")
    IO.inspect(WithVsn.module_info(:attributes)[:vsn], label: "string vsn")
    Code.compile_string("defmodule NoVsn do\n def a, do: 1\nend")
    [v1] = NoVsn.module_info(:attributes)[:vsn]
    IO.inspect(is_integer(v1), label: "default vsn is an integer")
    Code.compile_string("defmodule NoVsn do\n def a, do: 1\nend")
    [v1b] = NoVsn.module_info(:attributes)[:vsn]
    IO.inspect(v1 == v1b, label: "same code, same vsn")
    Code.compile_string("defmodule NoVsn do\n def a, do: 2\nend")
    [v2] = NoVsn.module_info(:attributes)[:vsn]
    IO.inspect(v1 == v2, label: "different code, same vsn")
    Code.compile_string("defmodule Tagged do\n @vsn 7\n @custom :hello\n def x, do: @custom\nend")
    IO.inspect(Tagged.module_info(:attributes)[:vsn])
    IO.inspect(Tagged.x())
  end
end

Main.run()
