# the deprecated Macro.unescape_tokens/1: binaries unescaped, other tokens as they are
IO.inspect(Macro.unescape_tokens(["a\\nb", :x, "c\\td \\u00e9 \\x41", {:y, [], nil}]))
IO.inspect(Macro.unescape_tokens([]))
