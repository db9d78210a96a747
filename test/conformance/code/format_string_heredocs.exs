# Code.format_string! keeps heredocs (plain and interpolated) as heredocs: assigned, as a call's
# argument, as an attribute's value, with escapes of backslashes, quotes and \#{
srcs = [
  ~S'''
  x = """
  text #{1 + 1}
    more
  """
  ''',
  ~S'''
  y = """
  plain
  """
  ''',
  ~S"""
  c = '''
  chars
  '''
  """,
  ~S'''
  def f(name) do
    IO.puts("""
    Hello #{name}, \\ backslash
      "quoted" and \#{not}
    """)
    @doc """
    Doc #{name}
    """
    foo(1, """
    arg #{name}
    """)
  end
  ''',
  ~S'''
  defmodule A do
    @moduledoc """
    Module #{inspect(__MODULE__)} docs.

        iex> A.f()
        :ok
    """
    def f, do: :ok
  end
  ''',
  ~S'''
  %{greeting: """
    hi #{who}
    """, other: 1}
  '''
]

for s <- srcs do
  IO.puts(Code.format_string!(s))
  IO.puts("-----")
end
