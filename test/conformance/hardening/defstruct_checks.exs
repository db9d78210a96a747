# Kernel.Utils.defstruct/3's checks: each failing definition raises Elixir's ArgumentError, with
# Kernel.Utils' frames (and the anonymous fns' of its mapper and @enforce_keys check)
sources = [
  "defmodule P1 do\n  defstruct [:a]\n  defstruct [:b]\nend",
  "defmodule P2 do\n  defexception [:a]\n  defstruct [:b]\nend",
  "defmodule P3 do\n  defstruct [:b]\n  defexception [:a]\nend",
  "defmodule P4 do\n  defstruct :a\nend",
  "defmodule P5 do\n  defstruct [:a, 1, :b]\nend",
  "defmodule P6 do\n  defstruct [{\"a\", 1}]\nend",
  "defmodule P7 do\n  @enforce_keys [\"id\"]\n  defstruct [:id]\nend",
  "defmodule P8 do\n  @enforce_keys [:id, :x, :y]\n  defstruct [:id, name: \"n\"]\nend",
  "defmodule P9 do\n  @enforce_keys :x\n  defstruct [:id]\nend",
  "defmodule P10 do\n  @fields [:a, 2]\n  defstruct Enum.reverse(@fields)\nend",
  "defmodule P11 do\n  defstruct Enum.map([:a, :b], &{&1, make_ref()})\nend",
  "defmodule P12 do\n  @enforce_keys [:a]\n  defstruct a: 1, b: self()\nend"
]

for source <- sources do
  try do
    Code.compile_string(source)
    IO.puts("compiled")
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e) |> String.replace(~r/#Reference<[^>]*>/, "#Reference<>"))
      for {_, _, _, loc} = frame <- __STACKTRACE__, loc[:file] != ~c"nofile", not String.starts_with?(to_string(loc[:file]), "src/") do
        IO.puts("    " <> Exception.format_stacktrace_entry(frame))
      end
  end
end
