# Caseless Unicode matching as PCRE 8.45: dotless ı and dotted İ have no case partners (their
# folds are Turkic-only), so i and I never match them, nor they i or I; literals, classes, ranges
# and back references alike
for p <- ["i", "I", "ı", "İ", "[i]", "[ı]", "[İ]", "[I]", "[h-j]", "[ı-ı]", "\\x{131}+", "(i)\\1", "(ı)\\1", "(I)\\1"] do
  re = Regex.compile!(p, "iu")
  IO.puts("#{p}: #{inspect(Regex.scan(re, "İ i I ı ıI Iı ii", return: :index))}")
end
