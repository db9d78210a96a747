# import's options are checked as elixir_import checks them: an unsupported option, an :only that
# is no :functions/:macros/:sigils nor a list, an :only list that is no name: arity keywords,
# :only and :except together, an :except that is no list (beamlet accepted them all)
for src <- ["import String, only: :bad", "import String, only: 1", "import String, except: :bad",
            "import String, only: [1]", "import String, only: [length: :x]", "import String, bad: 1",
            "import String, only: [length: 1], except: [trim: 1]", "import String, only: :functions, except: [trim: 1]\n:ok",
            "import String, only: [length: 1], warn: false\nlength(\"abc\")"] do
  try do
    IO.inspect(Code.eval_string(src))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
