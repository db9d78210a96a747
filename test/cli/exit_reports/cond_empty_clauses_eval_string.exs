Code.eval_string("cond(do: [])")
