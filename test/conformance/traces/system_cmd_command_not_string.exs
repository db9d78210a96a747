# a command that is no string fails in System.cmd/3's own head, the defaulted options shown
System.cmd(1, [])
