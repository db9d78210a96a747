foo(1,
)
