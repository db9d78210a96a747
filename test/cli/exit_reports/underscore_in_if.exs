IO.puts(1)
if true do
  _
end
