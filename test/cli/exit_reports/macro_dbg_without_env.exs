Macro.dbg(1, [], nil)
