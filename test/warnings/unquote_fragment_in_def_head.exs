# An unquote fragment in a definition's head (a module body's `for` generating clauses) binds
# nothing in the function: no "variable is unused" for it, while a body variable nobody reads is
# still reported once, at the module
defmodule HTTPStatus do
  @codes [ok: 200, created: 201, not_found: 404]
  unread = :never_read

  for {name, code} <- @codes do
    def code(unquote(name)), do: unquote(code)
    def name(unquote(code)), do: unquote(name)
    def unquote(:"#{name}?")(c) when c == unquote(code), do: true
  end

  def code(_), do: nil
  def all, do: unquote(Keyword.keys(@codes))
end

IO.inspect({HTTPStatus.code(:not_found), HTTPStatus.name(201), HTTPStatus.ok?(200), HTTPStatus.all()})
