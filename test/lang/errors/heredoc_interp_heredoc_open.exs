x = 1
IO.puts """
abc #{x
def
"""
