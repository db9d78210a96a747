# Base's decode!/2 functions fail where Elixir 1.14's do: the bad character's line (main loop,
# last group, padded or not), the padding raise, decode16!'s length check
failing = [
  {:decode16!, "zz", []}, {:decode16!, "0z", []}, {:decode16!, "abc", []}, {:decode16!, "ab", case: :upper},
  {:decode16!, "AB", case: :lower}, {:decode16!, "0g", case: :mixed}, {:decode16!, "00zz", []},
  {:decode16!, "0000zz00", []}, {:decode16!, "00000000000z", []}, {:decode16!, "00000000000000z0", []},
  {:decode32!, "!AAAAAAA", []}, {:decode32!, "AAAAAAA!", []}, {:decode32!, "AAAAAAAAAAAAAAA!", []},
  {:decode32!, "AAA!AAAAAAAAAAAA", []}, {:decode32!, "MFRG1===", []}, {:decode32!, "MFRGG", []},
  {:decode32!, "M=======", []}, {:decode32!, "MFRGG=!=", []}, {:decode32!, "MFRGGZD!", []},
  {:decode32!, "mfrgg===", []}, {:decode32!, "MFRGG===", case: :lower}, {:decode32!, "mfr!g===", case: :mixed},
  {:decode32!, "MF!=====", []}, {:decode32!, "MFR!====", []}, {:decode32!, "MFRGGZ!=", []},
  {:decode32!, "M!", padding: false}, {:decode32!, "MFR!", padding: false}, {:decode32!, "MFRG!", padding: false},
  {:decode32!, "MFRGGZ!", padding: false}, {:decode32!, "MFR", padding: false}, {:decode32!, "AAAAAAAAM", padding: false},
  {:hex_decode32!, "C5H66==!", []}, {:hex_decode32!, "!5H66===", []}, {:hex_decode32!, "c5h66===", []},
  {:hex_decode32!, "C5H66===", case: :lower}, {:hex_decode32!, "c5hW6===", case: :mixed},
  {:decode64!, "!aaa", []}, {:decode64!, "aaa!", []}, {:decode64!, "aaaaaaa!", []}, {:decode64!, "aaaa!aaaaaaa", []},
  {:decode64!, "aGVsbG8", []}, {:decode64!, "a!==", []}, {:decode64!, "a===", []}, {:decode64!, "ab=c", []},
  {:decode64!, "ab!=", []}, {:decode64!, "abc==", []}, {:decode64!, "abcde!==", []}, {:decode64!, "abcdef!=", []},
  {:decode64!, "a", padding: false}, {:decode64!, "a!", padding: false}, {:decode64!, "aa!", padding: false},
  {:decode64!, "aaaaa!", padding: false}, {:decode64!, "aaaaaa!", padding: false}, {:decode64!, "aGVs bG8=", []},
  {:decode64!, "aGVs\nbG!=", ignore: :whitespace}, {:decode64!, <<"aa", 200, "a">>, []}, {:decode64!, "aa\"a", []},
  {:url_decode64!, "a+b=", []}, {:url_decode64!, "+aaa", []}, {:url_decode64!, "aaaa+", []}, {:url_decode64!, "abc", []},
  {:url_decode64!, "aaaaaaaa/", padding: false}
]

for {f, arg, opts} <- failing do
  try do
    apply(Base, f, [arg, opts])
  rescue
    e in ArgumentError ->
      IO.puts("#{f}(#{inspect(arg)}, #{inspect(opts)}): #{Exception.message(e)}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) == Base)), do: IO.inspect(entry)
  end

  safe = f |> Atom.to_string() |> String.trim_trailing("!") |> String.to_atom()
  IO.inspect(apply(Base, safe, [arg, opts]))
end

Base.decode32!("MFRGGZDF!AAAAAAA")
