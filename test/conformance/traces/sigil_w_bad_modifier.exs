# a ~w sigil with a modifier other than s, a, c: Kernel.split_words/3 refuses it as the sigil expands
words = ~w(alpha beta)x
IO.inspect(words)
