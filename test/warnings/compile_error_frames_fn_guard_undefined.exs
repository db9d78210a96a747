# an undefined function as a fn clause's guard
fn b when nope(b) -> 2 end
