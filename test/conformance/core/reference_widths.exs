# References print with the BEAM's 64-bit counter words, so terms holding them are laid out at
# the same widths as on the BEAM (three references in a tuple do not fit on one line there).
IO.inspect({make_ref(), make_ref(), make_ref()})
IO.inspect([from: {self(), make_ref()}, tag: :call, timeout: 5000])
ref = make_ref()
IO.puts(inspect(ref) =~ ~r/^#Reference<0\.\d+\.\d+\.\d+>$/)
IO.puts(List.to_string(:erlang.ref_to_list(ref)) == String.replace(inspect(ref), "Reference", "Ref"))
