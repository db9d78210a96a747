# alias and import with warn: false are never reported unused; the others are
defmodule DirectiveWarnFalse do
  import String, only: [length: 1], warn: false
  import Enum, warn: false
  alias Foo.Bar, warn: false
  alias Foo.Baz, as: Qux, warn: false
  import Map, warn: true
  alias Foo.Quux
  def f, do: 1
end
import List, warn: false
alias Foo.Top, warn: false
IO.puts("done")
