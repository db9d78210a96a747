Macro.escape(fn -> 1 end)
