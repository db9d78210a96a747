# Code.format_string!: a call with a generator among its arguments (for(x <- l, do: ...)) breaks
# with each argument on its own line, not as f(a,\n  k: v)
IO.puts Code.format_string!(~S'''
def info(f), do: for(k <- [:module, :name, :arity, :env, :type, :index, :new_index, :aaaaaa, :bbbbbbbbbbbbbb], do: :erlang.fun_info(f, k))
x = for(k <- [:module, :name, :arity, :env, :type, :index, :new_index, :aaaaaa, :bbbbbbbbbbbbbb, :c], do: :erlang.fun_info(f, k))
for k <- [:module, :name, :arity, :env, :type, :index, :new_index, :aaaaaa, :bbbbbbbbbbbbbb, :cccccc], into: %{}, do: :erlang.fun_info(f, k)
for k <- [:module, :name, :arity, :env, :type, :index, :new_index, :aaaaaa, :bbbbbbbbbbbbbb, :ccccccccccc], do: :erlang.fun_info(f, k)
foo(k <- [:module, :name, :arity, :env, :type, :index, :new_index, :aaaaaa, :bbbbbbbbbbbbbb, :cccccc], do: :erlang.fun_info(f, k))
''')
