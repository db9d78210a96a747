defmodule Main do
  def run do
    Code.compile_string("defmodule InMem do\n def x, do: 1\nend")
    IO.inspect(:code.is_loaded(InMem), label: "in-memory is_loaded")
    IO.inspect(:code.which(InMem), label: "in-memory which")
    IO.inspect(:code.which(NoSuchThing), label: "which unknown")
    IO.inspect(:code.is_loaded(NoSuchThing), label: "is_loaded unknown")
    {:file, p} = :code.is_loaded(Enum)
    IO.inspect(is_list(p), label: "Enum loaded from a file")
    IO.inspect(is_list(:code.which(Enum)), label: "which Enum")
    IO.inspect(:code.objfile_extension() |> is_list(), label: "objfile_extension is a charlist")
    IO.inspect(hd(:code.objfile_extension()), label: "starts with a dot")
    IO.inspect(Enum.all?(:code.get_path(), &is_list/1), label: "get_path charlists")
  end
end

Main.run()
