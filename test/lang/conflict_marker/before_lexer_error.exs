IO.puts(1)
<<<<<<<	mine   
x = "unterminated
