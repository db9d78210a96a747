# An invalid ~r literal is Regex.CompileError raised by Regex.compile!/2 while Kernel.sigil_r/2
# expands, with the expansion's frames (beamlet printed the banner alone).
x = ~r/abc(/
IO.inspect(x)
