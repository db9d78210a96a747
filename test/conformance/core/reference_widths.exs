# References print with the BEAM's 64-bit counter words (29 or more characters whatever the
# counter's random start), so terms holding them are laid out at the BEAM's widths: this tuple
# breaks on the BEAM, and fitted on one line when references printed as #Reference<0.0.0.N>.
IO.inspect({make_ref(), String.duplicate("x", 46)})
IO.inspect([from: {self(), make_ref()}, tag: :call, timeout: 5000])
ref = make_ref()
IO.puts(inspect(ref) =~ ~r/^#Reference<0\.\d+\.\d+\.\d+>$/)
IO.puts(List.to_string(:erlang.ref_to_list(ref)) == String.replace(inspect(ref), "Reference", "Ref"))
