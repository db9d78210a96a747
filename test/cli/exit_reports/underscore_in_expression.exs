# "_" read as a value is a compile error, not a call of _/0
x = _
