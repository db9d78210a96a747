# A range whose side is itself a range of integers: refused while expanding when the other side
# is a float, atom, string or list (the message shows the %Range{} map the side expands to), and
# when it runs otherwise
for src <- ["0.1..(5..1//-1)", "0.1..(5..1)", ":a..(1..2//3)", "(1..2)..:b", "(1..2)..3", "1..(2..3)", "(1..2)..(3..4)"] do
  try do
    Code.eval_string(src)
  rescue
    e in ArgumentError -> IO.puts("#{src}: #{e.message}")
  end
end
