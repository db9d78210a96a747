# Type unions and specs laid out as Elixir 1.14's formatter does: a union that is a list's only element
# ([a | b | c], quoted as a list with a tail) breaks at every `|` once it passes the width, as a
# union does; after a spec head laid over lines the return type stays on the `) ::` line when it
# fits there, a list or map opens there, anything else goes under `::`, two columns in.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("@spec start_link([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [option() | init_option()]) :: {:ok, pid()}")
t.("@spec start_link([child_spec() | module()], [option() | init_option()], [option() | init_option()], [option() | init_option()]) :: {:ok, pid()}")
t.("@spec start_link(child_spec() | module(), option() | init_option(), option() | init_option(), option() | init_option()) :: {:ok, pid()}")
t.("foo([child_spec() | module(), option() | init_option(), option() | init_option(), option() | init_option(), 1 + 2])")
t.("foo([child_spec() + module(), option() + init_option(), option() + init_option(), option() + init_option(), 1 + 2])")
t.("foo(child_spec() + module(), option() + init_option(), option() + init_option(), option() + init_option(), 1 + 2)")
t.("foo(child_spec() | module(), option() | init_option(), option() | init_option(), option() | init_option(), 1 + 2)")
t.("x = [child_spec() | module(), option() | init_option(), option() | init_option(), option() | init_option(), 1 + 2]")
t.("x = {child_spec() | module(), option() | init_option(), option() | init_option(), option() | init_option(), 1 + 2}")
t.("x = %{a: child_spec() | module(), b: option() | init_option(), c: option() | init_option(), d: option() | init_option()}")
t.("@type t :: %{a: child_spec() | module(), b: option() | init_option(), c: option() | init_option(), d: option() | init_option()}")
t.("@type t :: [child_spec() | module() | option() | init_option() | option() | init_option() | option() | init_option()]")
t.("@spec init([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: {:ok, {sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]}}")
t.("@spec init([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: %{ok: {sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]}}")
t.("@spec init([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: [{sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]}]")
t.("@spec init([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: :ok | {:ok, {sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]}}")
t.("@spec init([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: foo({sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]})")
t.("@spec init([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: {:ok, :ok}")
q = quote do
  @spec start_link([child_spec() | {module(), term()} | module() | (old_erlang_child_spec :: :supervisor.child_spec())], [init_option()]) :: :ok | {:ok, {sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]}}
end
IO.puts(Macro.to_string(q))
