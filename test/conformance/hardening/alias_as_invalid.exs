# alias/require with an `as:` that is no simple alias is a CompileError naming the value (beamlet
# raised an internal compiler error on `as: 1`)
for src <- ["alias Foo.Bar, as: 1", "alias Foo.Bar, as: :foo", "alias Foo.Bar, as: Foo.Baz", ~S(alias Foo.Bar, as: "x"),
            "require Logger, as: 3", "defmodule AsBad do\n  alias Foo.Bar, as: [1]\nend", "alias Foo.Bar, as: Baz\nBaz"] do
  try do
    IO.inspect(Code.eval_string(src))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
