// The scope every version's generated code is made in, holding the reduction count of the running
// chunk (`reds`) as a variable of its own. Compiled code counts a reduction at every call: as a
// variable of an enclosing scope that is a context slot read and written in place, where a
// property of R is a load and a store through V8's inline caches, which its interpreter and
// baseline code (most of a short program's run, until TurboFan's code is ready) make as calls:
// fib's calls ran 16% faster in baseline code.
//
// Only a direct eval makes functions inside an existing scope (new Function's are made at the
// global one); the scope is strict, so the evaluated code adds no name to it.

interface SharedScope {
  /** the value of the JS expression `source`, evaluated inside the scope */
  make(source: string): unknown;
  getReds(): number;
  setReds(n: number): void;
}

const scope = new Function(
  `"use strict";
var reds = 0;
return {
  make: function () { return eval(arguments[0]); },
  getReds: function () { return reds; },
  setReds: function (n) { reds = n; },
};`,
)() as SharedScope;

/** the expression generated code counts a reduction with: true when the chunk ran out */
export const COUNT_REDUCTION = "--reds <= 0";

export const makeInScope = scope.make;
export const getReds = scope.getReds;
export const setReds = scope.setReds;
