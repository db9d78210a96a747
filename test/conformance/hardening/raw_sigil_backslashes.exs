# uppercase sigils keep `\\` as two backslashes, so a delimiter after them closes the sigil;
# `\` before the delimiter escapes it (dropped in a ~S heredoc, kept for ~s to unescape)
IO.inspect ~S|a\\|
IO.inspect ~S(a\\)
IO.inspect ~S(a\)b)
IO.inspect ~S(a\\\)b)
IO.inspect ~s(a\\b)
IO.inspect ~S"""
a\\
b\"""
"""
IO.inspect ~r/a\\/
IO.inspect ~w(a\\ b)
IO.inspect ~s"""
a\\
b\"""
c\"
"""
IO.inspect ~S"""
c\"
d\'''
"""
IO.inspect ~S'''
c\"
d\'''
'''
