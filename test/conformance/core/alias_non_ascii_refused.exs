# an alias that goes on in non-ASCII characters is refused whole by Elixir's tokenizer, naming the
# first such character (in NFC); mixed scripts and a following @ are refused first; as a keyword
# key it is a syntax error before the name
for src <- ["Größe", "defmodule Größe do end", "Fooé.bar", "Éclair", "x = Ñu", "Foo.Bär", "Aé?", "Ab_ü1", "%Größe{}", "Größe@x", "A\u0301b", "Fooλ", ":Größe", "Größe: 1"] do
  IO.inspect {src, Code.string_to_quoted(src)}
end
Code.eval_string("defmodule Größe do end")
