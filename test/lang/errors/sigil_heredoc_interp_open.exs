IO.puts ~s"""
abc #{x
def
