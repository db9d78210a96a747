# What \\R matches: every vertical space by default ((*BSR_UNICODE), bsr_unicode), only CR, LF
# and CRLF with (*BSR_ANYCRLF) or the bsr_anycrlf option, compile or run; a run option wins over
# the pattern's, the last verb over earlier ones, and both options at once do not compile
s = "a\rb\r\nc\nd\fe\vf\u0085g\u2028h"
for {p, o} <- [{"\\R", []}, {"(*BSR_ANYCRLF)\\R", []}, {"(*BSR_UNICODE)\\R", []}, {"\\R", [:bsr_anycrlf]},
               {"\\R", [:unicode]}, {"(*BSR_ANYCRLF)\\R", [:unicode]}, {"\\R", [:unicode, :bsr_anycrlf]}, {"(*BSR_ANYCRLF)(*BSR_UNICODE)\\R", [:unicode]}] do
  {:ok, re} = :re.compile(p, o)
  IO.inspect({p, o, :re.run(s, re, [:global]), :re.run(s, re, [:global, :bsr_anycrlf]), :re.run(s, re, [:global, :bsr_unicode])})
  IO.inspect(:re.run(s, p, [:global | o]))
  IO.inspect(:re.run(s, p, [:global, :bsr_anycrlf | o]))
end
IO.inspect(Regex.split(~r/(*BSR_ANYCRLF)\R/, "a\rb\fc\r\nd"))
IO.inspect(Regex.split(~r/\R/, "a\rb\fc\r\nd"))
IO.inspect(:re.compile("\\R", [:bsr_unicode, :bsr_anycrlf]))
IO.inspect(:re.run("a", "\\R", [:bsr_unicode, :bsr_anycrlf, :report_errors]))
IO.inspect(:re.compile("(*BSR_ANYCRLF)(*BSR_UNICODE)\\R") |> elem(0))
IO.inspect(:re.run("a\fb", "(*BSR_ANYCRLF)(*BSR_UNICODE)\\R"))
IO.inspect(:re.run("a\fb", "(*BSR_UNICODE)(*BSR_ANYCRLF)\\R"))
IO.inspect(:re.run("a\fb", "(*BSR_ANYCRLF)\\R", [:bsr_unicode]))
