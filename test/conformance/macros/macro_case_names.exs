# Macro.underscore and Macro.camelize
for s <- ["FooBar", "Foo.Bar", "HTTPServer", "fooBar", "Foo1Bar", "ABC", "already_under", "Foo.BarBaz.Qux", "A1", ""] do
  IO.inspect({s, Macro.underscore(s)})
end

IO.inspect(Macro.underscore(MyApp.SomeModule))

for s <- ["foo_bar", "foo/bar", "foo__bar", "_foo", "foo_1", "foo_", "Foo", "http_server", "a_b_c", ""] do
  IO.inspect({s, Macro.camelize(s)})
end
